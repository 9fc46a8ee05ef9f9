#include "activities/activitychecks.h"

#include "scenario/scenarioloader.h"
#include "tracing/casefile.h"
#include "wallet/labexercises.h"

#include <QDir>
#include <QFileInfo>
#include <QStringList>

#include <memory>
#include <optional>

namespace cca::activities {

namespace {

Diagnostic at(const content::ModulePackage &module, const content::Activity &activity, const QString &message)
{
    return Diagnostic{module.manifestPath, activity.targetLine, activity.targetColumn, message};
}

Diagnostics checkScenario(const content::ModulePackage &module, const content::Activity &activity)
{
    const QString path = module.absolutePath(activity.file);
    const QString display = QDir::cleanPath(QFileInfo(module.manifestPath).path() + QLatin1Char('/') + activity.file);
    scenario::Scenario s = scenario::ScenarioLoader::loadFile(path, module.directory);
    Diagnostics out;
    for (Diagnostic d : std::as_const(s.errors)) {
        if (d.file == path)
            d.file = display; // as the module's other files are shown
        out << d;
    }
    if (!out.isEmpty())
        return out;

    bool redFlag = false, tacticInCall = false, decision = false;
    for (const scenario::Node &n : std::as_const(s.nodes)) {
        redFlag = redFlag || (n.type == scenario::Node::Type::Message && n.redFlag.has_value());
        decision = decision || n.type == scenario::Node::Type::Decision;
        if (n.type == scenario::Node::Type::Call)
            for (const scenario::TranscriptLine &line : n.transcript)
                tacticInCall = tacticInCall || !line.tactic.isEmpty();
    }
    if (activity.type == content::ActivityTypes::ChatSimulation && !redFlag)
        out << at(module, activity, QStringLiteral("'%1' is a chat simulation, but scenario '%2' has no message with a 'redFlag' to find")
                                       .arg(activity.id, activity.file));
    else if (activity.type == content::ActivityTypes::CallSimulation && !tacticInCall)
        out << at(module, activity, QStringLiteral("'%1' is a call simulation, but scenario '%2' has no call with a transcript line marked with a 'tactic'")
                                       .arg(activity.id, activity.file));
    else if (activity.type == content::ActivityTypes::Intervention && !decision)
        out << at(module, activity, QStringLiteral("'%1' is an intervention, but scenario '%2' has no decision for the officer to make")
                                       .arg(activity.id, activity.file));
    return out;
}

} // namespace

QHash<QString, content::Catalog::ActivityCheck> checks(const QString &casesFolder)
{
    QHash<QString, content::Catalog::ActivityCheck> out;
    for (const QString &type : {content::ActivityTypes::ChatSimulation, content::ActivityTypes::CallSimulation, content::ActivityTypes::Intervention})
        out.insert(type, checkScenario);

    out.insert(content::ActivityTypes::WalletExercise, [](const content::ModulePackage &module, const content::Activity &activity) {
        const QStringList known = wallet::LabExercises::all();
        if (known.contains(activity.target))
            return Diagnostics{};
        return Diagnostics{at(module, activity, QStringLiteral("'exercise': the wallet lab has no exercise '%1' (use %2)")
                                                    .arg(activity.target, known.join(QStringLiteral(", "))))};
    });

    // The case ids are read once, on the first tracing-case activity.
    auto caseIds = std::make_shared<std::optional<QStringList>>();
    const QString folder = casesFolder.isEmpty() ? tracing::CaseFile::bundledFolder() : casesFolder;
    out.insert(content::ActivityTypes::TracingCase, [caseIds, folder](const content::ModulePackage &module, const content::Activity &activity) {
        if (!caseIds->has_value()) {
            QStringList ids;
            if (!folder.isEmpty())
                for (const QString &file : tracing::CaseFile::findCaseFiles(folder)) {
                    const tracing::CaseFile c = tracing::CaseFile::load(file);
                    if (c.isValid())
                        ids << c.id;
                }
            *caseIds = ids;
        }
        const QStringList &ids = **caseIds;
        if (ids.contains(activity.target))
            return Diagnostics{};
        return Diagnostics{at(module, activity, ids.isEmpty() ? QStringLiteral("'case': no tracing cases are installed, so case '%1' cannot be played").arg(activity.target)
                                                              : QStringLiteral("'case': there is no valid tracing case '%1' (installed: %2)")
                                                                    .arg(activity.target, ids.join(QStringLiteral(", "))))};
    });
    return out;
}

} // namespace cca::activities
