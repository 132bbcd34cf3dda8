// ReportDelegate — one report: category icon, text, time and its status.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Gridwork

ItemDelegate {
    id: d
    required property string reportId
    required property string category
    required property string categoryLabel
    required property string reportText
    required property string status
    required property string statusLabel
    required property string reportedAt
    required property bool handledOnSite
    required property int index
    padding: 6
    Accessible.name: d.categoryLabel + "，" + d.reportText + "，" + d.statusLabel
    implicitHeight: Math.max(Theme.rowHeight - 4, row.implicitHeight + 12)
    contentItem: RowLayout {
        id: row
        spacing: Theme.gap
        CategoryIcon { category: d.category; size: Theme.elder ? 48 : 36 }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0
            Label {
                Layout.fillWidth: true
                text: d.reportText
                elide: Text.ElideRight
                // Elder mode: the whole text (two lines at most), never cut after a few characters.
                wrapMode: Theme.elder ? Text.Wrap : Text.NoWrap
                maximumLineCount: Theme.elder ? 2 : 1
                lineHeight: Theme.lineHeight
                font.pixelSize: Theme.fontBody
            }
            Label {
                Layout.fillWidth: true
                text: d.categoryLabel + " · " + d.reportedAt + (d.handledOnSite ? qsTr(" · handled on the spot") : "")
                elide: Text.ElideRight
                wrapMode: Theme.elder ? Text.Wrap : Text.NoWrap
                lineHeight: Theme.lineHeight
                font.pixelSize: Theme.fontSmall
                color: Theme.muted
            }
            StatusChip { visible: Theme.elder; text: d.statusLabel; status: d.status }
        }
        StatusChip { visible: !Theme.elder; text: d.statusLabel; status: d.status }
    }
}
