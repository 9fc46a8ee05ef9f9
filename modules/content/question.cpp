#include "content/question.h"

#include <cmath>

namespace cca::content {

QStringList QuestionTypes::all()
{
    return {SingleChoice, MultipleChoice, TrueFalse, ShortAnswer, Numeric, Matching,
            Ordering, FillBlanks, Categorize, Hotspot, Essay, Description};
}

bool QuestionTypes::isScored(const QString &type)
{
    return type != Description && type != Essay;
}

bool NumericAnswer::accepts(double x) const
{
    if (min || max)
        return (!min || x >= *min - 1e-12) && (!max || x <= *max + 1e-12);
    return std::abs(x - value) <= tolerance + 1e-12 * std::max(1.0, std::abs(value));
}

bool HotspotRegion::contains(double x, double y) const
{
    if (shape == QLatin1String("rect") && coords.size() == 4)
        return x >= coords[0] && x <= coords[0] + coords[2] && y >= coords[1] && y <= coords[1] + coords[3];
    if (shape == QLatin1String("circle") && coords.size() == 3)
        return std::hypot(x - coords[0], y - coords[1]) <= coords[2];
    if (shape == QLatin1String("polygon") && coords.size() >= 6 && coords.size() % 2 == 0) {
        // Ray casting (even-odd rule).
        bool inside = false;
        const qsizetype n = coords.size() / 2;
        for (qsizetype i = 0, j = n - 1; i < n; j = i++) {
            const double xi = coords[2 * i], yi = coords[2 * i + 1], xj = coords[2 * j], yj = coords[2 * j + 1];
            if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi)
                inside = !inside;
        }
        return inside;
    }
    return false;
}

std::pair<double, double> HotspotRegion::centre() const
{
    if (shape == QLatin1String("rect") && coords.size() == 4)
        return {coords[0] + coords[2] / 2, coords[1] + coords[3] / 2};
    if (shape == QLatin1String("circle") && coords.size() == 3)
        return {coords[0], coords[1]};
    // The mean of the vertices: inside the convex shapes hotspots use.
    double x = 0, y = 0;
    const qsizetype n = coords.size() / 2;
    for (qsizetype i = 0; i < n; ++i) {
        x += coords[2 * i];
        y += coords[2 * i + 1];
    }
    return n > 0 ? std::pair{x / n, y / n} : std::pair{0.0, 0.0};
}

const Question *Assessment::question(const QString &id) const
{
    for (const Question &q : questions)
        if (q.id == id)
            return &q;
    return nullptr;
}

} // namespace cca::content
