#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

// BIP39 mnemonic sentences: entropy to words and back, validation that says exactly what is wrong,
// and the PBKDF2-HMAC-SHA512 seed (2048 rounds, NFKD-normalised mnemonic and "mnemonic"+passphrase).
// Word lists: English, Chinese simplified and Chinese traditional, from the reference implementation.
// Words are joined with an ASCII space in every one of these languages, as python-mnemonic does.
namespace cca::wallet::bip39 {

enum class Language { English, ChineseSimplified, ChineseTraditional };

QList<Language> languages();
QString languageCode(Language language); // "en", "zh-Hans", "zh-Hant"
QString languageName(Language language); // "English", "Chinese (simplified)", ...
std::optional<Language> languageFromCode(QStringView code);

// The 2048 words in list order (NFKD), loaded once from :/cca/wordlists/bip39/.
const QStringList &wordlist(Language language);
QString wordlistResource(Language language);
int wordIndex(Language language, QStringView word); // -1 when not in the list

bool isValidEntropySize(qsizetype bytes); // 16, 20, 24, 28 or 32
// Empty, with *error naming the field "entropy", when the size is not one BIP39 allows.
QString entropyToMnemonic(const QByteArray &entropy, Language language = Language::English, QString *error = nullptr);

enum class Problem { None, Empty, WrongLength, UnknownWord, BadChecksum };

struct Check
{
    Problem problem = Problem::Empty;
    Language language = Language::English;
    QStringList words;          // as read (NFKD, split on white space)
    int wordNumber = 0;         // 1-based position of the unknown word
    QString word;               // the unknown word
    QStringList suggestions;    // nearest valid words for an unknown word
    QByteArray entropy;         // when ok()
    QString message;            // "mnemonic: ..." when !ok()

    bool ok() const { return problem == Problem::None; }
    QString sentence() const { return words.join(QLatin1Char(' ')); } // the canonical form of the phrase
};

// Validates the phrase in the given language, or in the one its words belong to. Reports, in this
// order: no words, an unknown word (with the nearest valid words), a word count BIP39 does not
// allow (12, 15, 18, 21 or 24), a checksum that does not match.
Check checkMnemonic(QStringView mnemonic, std::optional<Language> language = std::nullopt);

// The seed exactly as the reference implementation computes it: PBKDF2-HMAC-SHA512 of the NFKD
// mnemonic with the salt "mnemonic" + NFKD passphrase, 2048 rounds, 64 bytes. It does not validate
// the mnemonic (BIP39 allows seeds from any sentence); callers validate with checkMnemonic first.
QByteArray mnemonicToSeed(QStringView mnemonic, QStringView passphrase = {});

// Up to `count` words of the list nearest to `word` (edit distance; words sharing the first four
// letters, which identify an English word uniquely, come first).
QStringList nearestWords(QStringView word, Language language, int count = 3);
// Words that start with `prefix`, in list order, at most `limit`.
QStringList completions(QStringView prefix, Language language, int limit = 8);

} // namespace cca::wallet::bip39
