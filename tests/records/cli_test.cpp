// 'ccacademy-cli export xapi' and 'bundle export|import', run as a separate process.
#include "accounts/signinpolicy.h"
#include "progress/progressstore.h"
#include "recordsfixture.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace cca;
using namespace cca::progress;

namespace {

class RecordsCli : public ::testing::Test
{
protected:
    QTemporaryDir dir;
    QString a() const { return dir.filePath(QStringLiteral("a.sqlite")); }
    QString b() const { return dir.filePath(QStringLiteral("b.sqlite")); }

    void SetUp() override
    {
        OpenResult r = openProgressStore(a());
        ASSERT_TRUE(r.store) << r.error.toStdString();
        Officer o;
        o.displayName = QStringLiteral("Chan Tai Man");
        o.serviceNumber = QStringLiteral("PC5150");
        o.unit = QStringLiteral("Cyber Unit");
        o.role = QStringLiteral("trainee");
        QString error;
        ASSERT_TRUE(r.store->addOfficer(o, &error)) << error.toStdString();
        addTrainer(*r.store);
        const QString attempt = QStringLiteral("5d2a7c4e-1b3f-4a6d-9e8c-7f0a1b2c3d4e");
        auto make = [&](const QString &verb, const QString &type, const QString &object, const QJsonObject &data, int minute) {
            Event e = Event::make(o.id, verb, QStringLiteral("crypto-basics"), QStringLiteral("1.1.0"), type, object, data);
            e.timestamp = QDateTime(QDate(2024, 5, minute < 30 ? 1 : 3), QTime(9, minute), Qt::UTC);
            return e;
        };
        const QList<Event> events{
            make(Verbs::Launched, ObjectTypes::Module, QStringLiteral("crypto-basics"), {}, 0),
            make(Verbs::Experienced, ObjectTypes::Lesson, QStringLiteral("exchanges"), {}, 1),
            make(Verbs::Attempted, ObjectTypes::Assessment, QStringLiteral("final-quiz"), {{QStringLiteral("attempt"), attempt}}, 40),
            make(Verbs::Answered, ObjectTypes::Question, QStringLiteral("final-quiz/q-blockchain"),
                 {{QStringLiteral("attempt"), attempt}, {QStringLiteral("type"), QStringLiteral("single_choice")},
                  {QStringLiteral("response"), QJsonArray{QStringLiteral("b")}}, {QStringLiteral("score"), 1}, {QStringLiteral("max"), 1},
                  {QStringLiteral("correct"), true}},
                 41),
            make(Verbs::Flagged, ObjectTypes::Question, QStringLiteral("final-quiz/q-blockchain"),
                 {{QStringLiteral("attempt"), attempt}, {QStringLiteral("flagged"), true}}, 42),
            make(Verbs::Passed, ObjectTypes::Assessment, QStringLiteral("final-quiz"),
                 {{QStringLiteral("attempt"), attempt}, {QStringLiteral("percent"), 100.0}, {QStringLiteral("points"), 1}, {QStringLiteral("max"), 1},
                  {QStringLiteral("duration_ms"), 120000}},
                 43),
        };
        ASSERT_TRUE(r.store->record(events, &error)) << error.toStdString();
    }

    // Trainer commands need a trainer who signs in: TR-1 with the password in CCA_PASSWORD.
    static void addTrainer(ProgressStore &store)
    {
        Officer t;
        t.displayName = QStringLiteral("Sgt Wong");
        t.serviceNumber = QStringLiteral("TR-1");
        t.role = QStringLiteral("trainer");
        QString error;
        if (!store.officer(t.id)) {
            for (const Officer &existing : store.officers())
                if (existing.serviceNumber == t.serviceNumber)
                    t = existing;
            if (t.id.isEmpty())
                ASSERT_TRUE(store.addOfficer(t, &error)) << error.toStdString();
        }
        ASSERT_TRUE(accounts::SignInPolicy(&store).setSecret(t.id, t.role, QStringLiteral("Records-2026"), &error)) << error.toStdString();
    }

    test::ProcessResult cli(const QStringList &args, const QString &password = QStringLiteral("Records-2026")) const
    {
        return test::run(test::cliPath(), args, 60000,
                         {QStringLiteral("CCA_CONTENT_DIR=") + test::sourcePath(QStringLiteral("content")),
                          QStringLiteral("HOME=") + dir.path(), QStringLiteral("XDG_DATA_HOME=") + dir.filePath(QStringLiteral("data")),
                          QStringLiteral("CCA_PASSWORD=") + password});
    }

    static QJsonDocument readJson(const QString &path)
    {
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << path.toStdString();
        return QJsonDocument::fromJson(f.readAll());
    }
};

} // namespace

TEST_F(RecordsCli, ExportXapiWritesAnArrayOfStatements)
{
    const QString out = dir.filePath(QStringLiteral("statements.json"));
    const auto r = cli({QStringLiteral("export"), QStringLiteral("xapi"), QStringLiteral("--as"), QStringLiteral("TR-1"), QStringLiteral("--out"), out, QStringLiteral("--database"), a()});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("6 statement(s)"))) << r.out.toStdString();
    const QJsonDocument doc = readJson(out);
    ASSERT_TRUE(doc.isArray());
    const QJsonArray statements = doc.array();
    ASSERT_EQ(statements.size(), 6); // launched, experienced, initialized, answered, passed, terminated
    EXPECT_EQ(statements[5][QStringLiteral("verb")][QStringLiteral("id")].toString(), QStringLiteral("http://adlnet.gov/expapi/verbs/terminated"));
    EXPECT_EQ(statements[3][QStringLiteral("object")][QStringLiteral("definition")][QStringLiteral("interactionType")].toString(),
              QStringLiteral("choice"));
    const QByteArray bytes = QJsonDocument(statements).toJson();
    EXPECT_FALSE(bytes.contains("PC5150")) << "no service number";
    EXPECT_FALSE(bytes.contains("Chan Tai Man")) << "no name";

    // Re-export gives the same file; --since narrows it.
    const auto again = cli({QStringLiteral("export"), QStringLiteral("xapi"), QStringLiteral("--as"), QStringLiteral("TR-1"), QStringLiteral("--out"), out, QStringLiteral("--database"), a()});
    ASSERT_EQ(again.exitCode, 0);
    EXPECT_EQ(readJson(out).array(), statements);
    const auto since = cli({QStringLiteral("export"), QStringLiteral("xapi"), QStringLiteral("--as"), QStringLiteral("TR-1"), QStringLiteral("--out"), out, QStringLiteral("--since"),
                            QStringLiteral("2024-05-02"), QStringLiteral("--database"), a()});
    ASSERT_EQ(since.exitCode, 0) << since.err.toStdString();
    EXPECT_EQ(readJson(out).array().size(), 4);
}

TEST_F(RecordsCli, ExportNeedsOutAndAValidDate)
{
    EXPECT_EQ(cli({QStringLiteral("export"), QStringLiteral("xapi"), QStringLiteral("--as"), QStringLiteral("TR-1"), QStringLiteral("--database"), a()}).exitCode, 2);
    const auto r = cli({QStringLiteral("export"), QStringLiteral("xapi"), QStringLiteral("--as"), QStringLiteral("TR-1"), QStringLiteral("--out"), dir.filePath(QStringLiteral("x.json")),
                        QStringLiteral("--since"), QStringLiteral("last week"), QStringLiteral("--database"), a()});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--since"))) << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("x.json"))));
}

TEST_F(RecordsCli, BundleExportThenImportTwice)
{
    const QString bundle = dir.filePath(QStringLiteral("bundle.json"));
    const auto exported = cli({QStringLiteral("bundle"), QStringLiteral("export"), QStringLiteral("--as"), QStringLiteral("TR-1"), QStringLiteral("--out"), bundle, QStringLiteral("--station"),
                               QStringLiteral("desk-1"), QStringLiteral("--database"), a()});
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    const QJsonObject json = readJson(bundle).object();
    EXPECT_EQ(json.value(QStringLiteral("format")).toString(), QStringLiteral("ccacademy-progress-bundle"));
    EXPECT_EQ(json.value(QStringLiteral("station")).toString(), QStringLiteral("desk-1"));
    EXPECT_EQ(json.value(QStringLiteral("events")).toArray().size(), 6);

    const auto first = cli({QStringLiteral("bundle"), QStringLiteral("import"), bundle, QStringLiteral("--as"), QStringLiteral("TR-1"), QStringLiteral("--database"), b()});
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    EXPECT_TRUE(first.out.contains(QStringLiteral("6 new events, 0 already present, 2 new officers"))) << first.out.toStdString();
    {
        // Imported profiles carry no passwords: the trainer sets one on this station first.
        OpenResult station = openProgressStore(b());
        ASSERT_TRUE(station.store);
        addTrainer(*station.store);
    }
    const auto second = cli({QStringLiteral("bundle"), QStringLiteral("import"), bundle, QStringLiteral("--as"), QStringLiteral("TR-1"), QStringLiteral("--database"), b()});
    ASSERT_EQ(second.exitCode, 0) << second.err.toStdString();
    EXPECT_TRUE(second.out.contains(QStringLiteral("0 new events, 6 already present, 0 new officers"))) << second.out.toStdString();

    OpenResult target = openProgressStore(b());
    ASSERT_TRUE(target.store);
    OpenResult source = openProgressStore(a());
    ASSERT_TRUE(source.store);
    const QList<Event> x = source.store->allEvents(), y = target.store->allEvents();
    ASSERT_EQ(x.size(), y.size());
    for (qsizetype i = 0; i < x.size(); ++i)
        EXPECT_EQ(x[i].id, y[i].id);

    const QString partial = dir.filePath(QStringLiteral("since.json"));
    ASSERT_EQ(cli({QStringLiteral("bundle"), QStringLiteral("export"), QStringLiteral("--as"), QStringLiteral("TR-1"), QStringLiteral("--out"), partial, QStringLiteral("--since"),
                   QStringLiteral("2024-05-02T00:00:00Z"), QStringLiteral("--database"), a()})
                  .exitCode,
              0);
    EXPECT_EQ(readJson(partial).object().value(QStringLiteral("events")).toArray().size(), 4);
}

TEST_F(RecordsCli, BadBundleExitsOneWithTheReason)
{
    const QString bad = dir.filePath(QStringLiteral("bad.json"));
    test::writeFile(bad, R"({"format": "ccacademy-progress-bundle", "version": 1, "exported_at": "2024-05-01T00:00:00Z",
                             "officers": [], "events": [{"id": "x"}]})");
    const auto r = cli({QStringLiteral("bundle"), QStringLiteral("import"), bad, QStringLiteral("--database"), b()});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(bad + QStringLiteral(": events[0]"))) << r.err.toStdString();
    const auto missing = cli({QStringLiteral("bundle"), QStringLiteral("import"), dir.filePath(QStringLiteral("none.json")),
                              QStringLiteral("--database"), b()});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("none.json"))) << missing.err.toStdString();
    EXPECT_EQ(cli({QStringLiteral("bundle"), QStringLiteral("import"), QStringLiteral("--database"), b()}).exitCode, 2);
}

TEST_F(RecordsCli, TrainerCommandsRefuseTraineesAndWrongPasswords)
{
    const QString out = dir.filePath(QStringLiteral("x.json"));
    const auto trainee = cli({QStringLiteral("export"), QStringLiteral("xapi"), QStringLiteral("--out"), out, QStringLiteral("--as"),
                              QStringLiteral("PC5150"), QStringLiteral("--database"), a()});
    EXPECT_EQ(trainee.exitCode, 1);
    EXPECT_TRUE(trainee.err.contains(QStringLiteral("trainee"))) << trainee.err.toStdString();
    const auto nobody = cli({QStringLiteral("bundle"), QStringLiteral("export"), QStringLiteral("--out"), out, QStringLiteral("--database"), a()});
    EXPECT_EQ(nobody.exitCode, 1);
    EXPECT_TRUE(nobody.err.contains(QStringLiteral("--as"))) << nobody.err.toStdString();
    const auto wrong = cli({QStringLiteral("export"), QStringLiteral("xapi"), QStringLiteral("--out"), out, QStringLiteral("--as"),
                            QStringLiteral("TR-1"), QStringLiteral("--database"), a()},
                           QStringLiteral("not-the-password"));
    EXPECT_EQ(wrong.exitCode, 1);
    EXPECT_FALSE(QFile::exists(out)) << "nothing is written for a refused command";
}
