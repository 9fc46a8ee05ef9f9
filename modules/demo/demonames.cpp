#include "demo/demonames.h"

namespace cca::demo {

namespace {

template<typename T>
const T &pick(QRandomGenerator &random, const QList<T> &list)
{
    return list.at(int(random.bounded(quint32(list.size()))));
}

const QStringList &hkSurnames()
{
    static const QStringList list{
        QStringLiteral("Chan"),  QStringLiteral("Wong"),  QStringLiteral("Lee"),   QStringLiteral("Cheung"), QStringLiteral("Lau"),
        QStringLiteral("Ng"),    QStringLiteral("Leung"), QStringLiteral("Ho"),    QStringLiteral("Lam"),    QStringLiteral("Tsang"),
        QStringLiteral("Yeung"), QStringLiteral("Chow"),  QStringLiteral("Tang"),  QStringLiteral("Wu"),     QStringLiteral("Fung"),
        QStringLiteral("Kwok"),  QStringLiteral("Yip"),   QStringLiteral("Lo"),    QStringLiteral("Mak"),    QStringLiteral("Tse"),
        QStringLiteral("Choi"),  QStringLiteral("Siu"),   QStringLiteral("Poon"),  QStringLiteral("Kwan"),   QStringLiteral("Lai"),
        QStringLiteral("Chu"),   QStringLiteral("Yuen"),  QStringLiteral("Sze"),   QStringLiteral("Hui"),    QStringLiteral("Tam")};
    return list;
}

const QStringList &hkGivenSyllables()
{
    static const QStringList list{
        QStringLiteral("ka"),   QStringLiteral("wing"), QStringLiteral("chi"),  QStringLiteral("man"),  QStringLiteral("kin"),
        QStringLiteral("yan"),  QStringLiteral("hoi"),  QStringLiteral("tsz"),  QStringLiteral("wai"),  QStringLiteral("siu"),
        QStringLiteral("ho"),   QStringLiteral("ming"), QStringLiteral("kwan"), QStringLiteral("yee"),  QStringLiteral("lok"),
        QStringLiteral("hei"),  QStringLiteral("fai"),  QStringLiteral("pui"),  QStringLiteral("sum"),  QStringLiteral("kit"),
        QStringLiteral("keung"), QStringLiteral("ting"), QStringLiteral("shing"), QStringLiteral("lun"), QStringLiteral("hin")};
    return list;
}

const QStringList &englishGivenNames()
{
    static const QStringList list{
        QStringLiteral("Kelvin"), QStringLiteral("Karen"),  QStringLiteral("Raymond"), QStringLiteral("Winnie"), QStringLiteral("Jacky"),
        QStringLiteral("Ivy"),    QStringLiteral("Alan"),   QStringLiteral("Cherry"),  QStringLiteral("Ken"),    QStringLiteral("Michelle"),
        QStringLiteral("Patrick"), QStringLiteral("Joyce"), QStringLiteral("Vincent"), QStringLiteral("Yoyo"),   QStringLiteral("Eric"),
        QStringLiteral("Fiona"),  QStringLiteral("Gary"),   QStringLiteral("Queenie"), QStringLiteral("Tommy"),  QStringLiteral("Candy")};
    return list;
}

const QStringList &otherNames()
{
    static const QStringList list{
        QStringLiteral("Arjun Singh"),    QStringLiteral("Gurpreet Kaur"),   QStringLiteral("Imran Khan"),
        QStringLiteral("Bishal Gurung"),  QStringLiteral("Suman Rai"),       QStringLiteral("Priya Sharma"),
        QStringLiteral("Maria Santos"),   QStringLiteral("Joseph Reyes"),    QStringLiteral("Ahmed Malik"),
        QStringLiteral("Daniel Fernandes"), QStringLiteral("Sarah Mitchell"), QStringLiteral("James Walker"),
        QStringLiteral("Nurul Hidayah"),  QStringLiteral("Rahul Patel"),     QStringLiteral("Sophie Leclerc"),
        QStringLiteral("Tenzin Dorje"),   QStringLiteral("Kamal Thapa"),     QStringLiteral("Aisha Rahman")};
    return list;
}

QString capitalised(const QString &text)
{
    return text.isEmpty() ? text : text.left(1).toUpper() + text.mid(1);
}

} // namespace

QString DemoNames::personName(QRandomGenerator &random)
{
    const quint32 style = random.bounded(100u);
    if (style < 12)
        return pick(random, otherNames());
    const QString surname = pick(random, hkSurnames());
    QString given = capitalised(pick(random, hkGivenSyllables()));
    if (random.bounded(100u) < 85)
        given += QLatin1Char('-') + pick(random, hkGivenSyllables());
    if (style < 50) // an English name in front, as many officers write it
        return QStringLiteral("%1 %2 %3").arg(pick(random, englishGivenNames()), surname, given);
    return QStringLiteral("%1 %2").arg(surname.toUpper(), given);
}

QStringList DemoNames::units()
{
    return {QStringLiteral("Cyber Security and Technology Crime Bureau"),
            QStringLiteral("Commercial Crime Bureau"),
            QStringLiteral("Anti-Deception Coordination Centre"),
            QStringLiteral("Financial Intelligence and Investigation Bureau"),
            QStringLiteral("Kowloon West Regional Crime Unit"),
            QStringLiteral("Hong Kong Island Regional Crime Unit"),
            QStringLiteral("New Territories South Regional Crime Unit"),
            QStringLiteral("Wan Chai District"),
            QStringLiteral("Sham Shui Po District"),
            QStringLiteral("Tsuen Wan District"),
            QStringLiteral("Sha Tin District"),
            QStringLiteral("Yuen Long District"),
            QStringLiteral("Kwun Tong District"),
            QStringLiteral("Police College")};
}

QString DemoNames::unit(QRandomGenerator &random)
{
    static const QStringList list = units();
    // District units are the most common postings; the specialist bureaux fewer.
    if (random.bounded(100u) < 35)
        return list.at(int(random.bounded(4u)));
    return list.at(4 + int(random.bounded(quint32(list.size() - 4))));
}

} // namespace cca::demo
