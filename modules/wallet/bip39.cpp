#include "wallet/bip39.h"
#include "wallet/hashes.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <mutex>

namespace cca::wallet::bip39 {

namespace {

constexpr int WordCount = 2048;
constexpr int Rounds = 2048;

struct List
{
    QStringList words;
    QHash<QString, int> index;
};

const List &list(Language language)
{
    static std::array<List, 3> lists;
    static std::once_flag once;
    std::call_once(once, [] {
        for (Language l : languages()) {
            QFile file(wordlistResource(l));
            if (!file.open(QIODevice::ReadOnly))
                qFatal("cca::wallet: BIP39 word list %s missing from the resources", qPrintable(wordlistResource(l)));
            List &target = lists[static_cast<int>(l)];
            const QList<QByteArray> lines = file.readAll().split('\n');
            for (const QByteArray &line : lines) {
                const QString word = QString::fromUtf8(line).trimmed().normalized(QString::NormalizationForm_KD);
                if (!word.isEmpty())
                    target.words << word;
            }
            if (target.words.size() != WordCount)
                qFatal("cca::wallet: BIP39 word list %s has %d words", qPrintable(wordlistResource(l)), int(target.words.size()));
            for (int i = 0; i < WordCount; ++i)
                target.index.insert(target.words[i], i);
        }
    });
    return lists[static_cast<int>(language)];
}

int editDistance(QStringView a, QStringView b)
{
    QList<int> previous(b.size() + 1), current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = static_cast<int>(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = static_cast<int>(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

QStringList splitWords(QStringView mnemonic)
{
    // NFKD turns the ideographic space (U+3000) into an ASCII space, as the reference expects.
    const QString normalized = mnemonic.toString().normalized(QString::NormalizationForm_KD);
    return normalized.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
}

// Entropy and checksum bits from word indexes; true when the checksum matches.
bool decode(const QList<int> &indexes, QByteArray *entropy)
{
    const int totalBits = static_cast<int>(indexes.size()) * 11;
    const int checksumBits = totalBits / 33;
    const int entropyBits = totalBits - checksumBits;
    QByteArray bits(totalBits, 0);
    for (qsizetype w = 0; w < indexes.size(); ++w)
        for (int b = 0; b < 11; ++b)
            bits[w * 11 + b] = static_cast<char>((indexes[w] >> (10 - b)) & 1);
    QByteArray bytes(entropyBits / 8, 0);
    for (int i = 0; i < entropyBits; ++i)
        if (bits[i])
            bytes[i / 8] = static_cast<char>(static_cast<unsigned char>(bytes[i / 8]) | (0x80 >> (i % 8)));
    const QByteArray hash = sha256(bytes);
    bool ok = true;
    for (int i = 0; i < checksumBits; ++i) {
        const int expected = (static_cast<unsigned char>(hash[i / 8]) >> (7 - i % 8)) & 1;
        if (bits[entropyBits + i] != expected)
            ok = false;
    }
    wipe(bits);
    *entropy = bytes;
    wipe(bytes);
    return ok;
}

} // namespace

QList<Language> languages()
{
    return {Language::English, Language::ChineseSimplified, Language::ChineseTraditional};
}

QString languageCode(Language language)
{
    switch (language) {
    case Language::English: return QStringLiteral("en");
    case Language::ChineseSimplified: return QStringLiteral("zh-Hans");
    case Language::ChineseTraditional: return QStringLiteral("zh-Hant");
    }
    return {};
}

QString languageName(Language language)
{
    switch (language) {
    case Language::English: return QStringLiteral("English");
    case Language::ChineseSimplified: return QStringLiteral("Chinese (simplified)");
    case Language::ChineseTraditional: return QStringLiteral("Chinese (traditional)");
    }
    return {};
}

std::optional<Language> languageFromCode(QStringView code)
{
    for (Language l : languages())
        if (code.compare(languageCode(l), Qt::CaseInsensitive) == 0)
            return l;
    return std::nullopt;
}

QString wordlistResource(Language language)
{
    switch (language) {
    case Language::English: return QStringLiteral(":/cca/wordlists/bip39/english.txt");
    case Language::ChineseSimplified: return QStringLiteral(":/cca/wordlists/bip39/chinese_simplified.txt");
    case Language::ChineseTraditional: return QStringLiteral(":/cca/wordlists/bip39/chinese_traditional.txt");
    }
    return {};
}

const QStringList &wordlist(Language language)
{
    return list(language).words;
}

int wordIndex(Language language, QStringView word)
{
    return list(language).index.value(word.toString(), -1);
}

bool isValidEntropySize(qsizetype bytes)
{
    return bytes >= 16 && bytes <= 32 && bytes % 4 == 0;
}

QString entropyToMnemonic(const QByteArray &entropy, Language language, QString *error)
{
    if (!isValidEntropySize(entropy.size())) {
        if (error)
            *error = QStringLiteral("entropy: %1 byte%3 (%2 bits); BIP39 takes 16, 20, 24, 28 or 32 bytes (128 to 256 bits in steps of 32)")
                         .arg(entropy.size())
                         .arg(entropy.size() * 8)
                         .arg(entropy.size() == 1 ? QString() : QStringLiteral("s"));
        return {};
    }
    const QByteArray hash = sha256(entropy);
    const int entropyBits = static_cast<int>(entropy.size()) * 8;
    const int checksumBits = entropyBits / 32;
    auto bit = [&](int i) -> int {
        if (i < entropyBits)
            return (static_cast<unsigned char>(entropy[i / 8]) >> (7 - i % 8)) & 1;
        i -= entropyBits;
        return (static_cast<unsigned char>(hash[i / 8]) >> (7 - i % 8)) & 1;
    };
    const QStringList &words = wordlist(language);
    QStringList out;
    const int count = (entropyBits + checksumBits) / 11;
    for (int w = 0; w < count; ++w) {
        int index = 0;
        for (int b = 0; b < 11; ++b)
            index = (index << 1) | bit(w * 11 + b);
        out << words[index];
    }
    return out.join(QLatin1Char(' '));
}

QStringList nearestWords(QStringView word, Language language, int count)
{
    const QStringList &words = wordlist(language);
    const QString w = word.toString().normalized(QString::NormalizationForm_KD).toLower();
    struct Candidate
    {
        int rank;
        int distance;
        int index;
    };
    QList<Candidate> candidates;
    candidates.reserve(words.size());
    const QStringView prefix = QStringView(w).left(4);
    for (int i = 0; i < words.size(); ++i) {
        const bool samePrefix = language == Language::English && w.size() >= 4 && words[i].startsWith(prefix);
        candidates.append({samePrefix ? 0 : 1, editDistance(w, words[i]), i});
    }
    std::sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        return std::tie(a.rank, a.distance, a.index) < std::tie(b.rank, b.distance, b.index);
    });
    QStringList out;
    for (int i = 0; i < count && i < candidates.size(); ++i)
        out << words[candidates[i].index];
    return out;
}

QStringList completions(QStringView prefix, Language language, int limit)
{
    const QString p = prefix.toString().normalized(QString::NormalizationForm_KD);
    QStringList out;
    if (p.isEmpty())
        return out;
    for (const QString &word : wordlist(language)) {
        if (word.startsWith(p))
            out << word;
        if (out.size() >= limit)
            break;
    }
    return out;
}

Check checkMnemonic(QStringView mnemonic, std::optional<Language> language)
{
    Check check;
    check.words = splitWords(mnemonic);
    if (check.words.isEmpty()) {
        check.problem = Problem::Empty;
        check.message = QStringLiteral("mnemonic: no words given");
        return check;
    }
    // The languages to try: the one asked for, else every language whose list holds all the words
    // (the Chinese lists share many characters). Without such a language, report the first unknown
    // word in the language that knows most of the words.
    QList<Language> candidates;
    if (language) {
        candidates << *language;
    } else {
        int bestKnown = -1;
        Language best = Language::English;
        for (Language l : languages()) {
            int known = 0;
            for (const QString &w : std::as_const(check.words))
                if (wordIndex(l, w) >= 0)
                    ++known;
            if (known == check.words.size())
                candidates << l;
            if (known > bestKnown) {
                bestKnown = known;
                best = l;
            }
        }
        if (candidates.isEmpty())
            candidates << best;
    }
    Check firstFailure;
    bool haveFailure = false;
    for (Language l : std::as_const(candidates)) {
        Check c;
        c.words = check.words;
        c.language = l;
        QList<int> indexes;
        for (int i = 0; i < c.words.size(); ++i) {
            const int index = wordIndex(l, c.words[i]);
            if (index < 0) {
                c.problem = Problem::UnknownWord;
                c.wordNumber = i + 1;
                c.word = c.words[i];
                c.suggestions = nearestWords(c.word, l);
                c.message = QStringLiteral("mnemonic: word %1 \"%2\" is not in the %3 BIP39 word list; nearest: %4")
                                .arg(c.wordNumber)
                                .arg(c.word, languageName(l), c.suggestions.join(QStringLiteral(", ")));
                break;
            }
            indexes << index;
        }
        if (c.problem != Problem::UnknownWord) {
            const int n = static_cast<int>(c.words.size());
            if (n < 12 || n > 24 || n % 3 != 0) {
                c.problem = Problem::WrongLength;
                c.message = QStringLiteral("mnemonic: %1 word%2; a BIP39 mnemonic has 12, 15, 18, 21 or 24 words")
                                .arg(n)
                                .arg(n == 1 ? QString() : QStringLiteral("s"));
            } else if (!decode(indexes, &c.entropy)) {
                wipe(c.entropy);
                c.problem = Problem::BadChecksum;
                c.message = QStringLiteral("mnemonic: the checksum does not match: every word is in the %1 list, but one is wrong "
                                           "or words are out of order (the last word carries the checksum)")
                                .arg(languageName(l));
            } else {
                c.problem = Problem::None;
                return c;
            }
        }
        if (!haveFailure) {
            firstFailure = c;
            haveFailure = true;
        }
    }
    return firstFailure;
}

QByteArray mnemonicToSeed(QStringView mnemonic, QStringView passphrase)
{
    QByteArray password = mnemonic.toString().normalized(QString::NormalizationForm_KD).toUtf8();
    QByteArray salt = QStringLiteral("mnemonic").toUtf8() + passphrase.toString().normalized(QString::NormalizationForm_KD).toUtf8();
    const QByteArray seed = pbkdf2HmacSha512(password, salt, Rounds, 64);
    wipe(password);
    wipe(salt);
    return seed;
}

} // namespace cca::wallet::bip39
