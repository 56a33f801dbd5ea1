#include "statusicons.h"

#include <QPainter>
#include <QPixmap>
#include <QPixmapCache>

namespace EdgeShift {

namespace {

// Views ask for these on every repaint of every row: each pixmap is drawn once, then comes from
// Qt's pixmap cache.
QIcon dot(const QColor &color, const QString &glyph = {})
{
    QIcon icon;
    for (int size : {16, 32}) {
        const QString key = QStringLiteral("edgeshift-dot-%1-%2-%3").arg(color.name(), glyph).arg(size);
        QPixmap pixmap;
        if (QPixmapCache::find(key, &pixmap)) {
            icon.addPixmap(pixmap);
            continue;
        }
        pixmap = QPixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawEllipse(QRectF(1, 1, size - 2, size - 2));
        if (!glyph.isEmpty()) {
            QFont font = painter.font();
            font.setPixelSize(size * 3 / 4);
            font.setBold(true);
            painter.setFont(font);
            painter.setPen(Qt::white);
            painter.drawText(QRect(0, 0, size, size), Qt::AlignCenter, glyph);
        }
        painter.end();
        QPixmapCache::insert(key, pixmap);
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace

QIcon statusIcon(ModuleStatus status)
{
    switch (status) {
    case ModuleStatus::Ready:
        return dot(QColor(0x2e, 0x9d, 0x4f), QStringLiteral("✓"));
    case ModuleStatus::Changed:
        return dot(QColor(0x1f, 0x6f, 0xc5), QStringLiteral("→"));
    case ModuleStatus::NeedsOperator:
        return dot(QColor(0xd9, 0x8c, 0x00), QStringLiteral("!"));
    }
    return {};
}

QIcon kindIcon(Kind kind)
{
    switch (kind) {
    case Kind::Fix:
        return dot(QColor(0x1f, 0x6f, 0xc5));
    case Kind::Advice:
        return dot(QColor(0x6b, 0x8e, 0x23));
    case Kind::Manual:
        return dot(QColor(0xd9, 0x8c, 0x00));
    case Kind::Info:
        return dot(QColor(0x80, 0x80, 0x80));
    }
    return {};
}

} // namespace EdgeShift
