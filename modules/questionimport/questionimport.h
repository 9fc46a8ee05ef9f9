#pragma once

#include "questionimport/importresult.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace cca::questionimport {

// Importers for question banks written for other tools. Each one never throws, never stops on bad
// input and reports every problem with its line; imported text is English only (LocalizedText(QString)).
//
// GIFT (Moodle's text format), Moodle XML (<quiz> export) and Aiken (plain multiple choice).
ImportResult importGift(const QString &text);
ImportResult importMoodleXml(const QByteArray &xml);
ImportResult importAiken(const QString &text);

QStringList formats(); // "gift", "moodle-xml", "aiken"
// Reads the file and runs the importer for format; an unknown format or an unreadable file is one
// fatal problem at line 0.
ImportResult importFile(const QString &path, const QString &format);

// Writes DIR/questions.json in the native question-file format through a temporary file that replaces
// the old one only when complete. Creates DIR when missing. False and *error on failure.
bool writeQuestionFile(const QString &directory, const ImportResult &result, QString *error);

} // namespace cca::questionimport
