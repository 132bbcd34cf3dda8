// PatrolMap — the grid drawn offline (no tile server): the grid's boundary and its micro-grids
// with their names when the org data has them (not synced yet: see README), the checkpoints (✔ 已到 / ○ 未到: symbol and word,
// not colour alone), the track walked so far and "you are here". Pan with one finger (or the
// mouse), pinch or wheel to zoom, 全图 to fit the whole grid again. `marker` (optional, {lat, lon,
// label}) puts a household on the map (the visit screen).
import QtQuick
import QtQuick.Controls
import Gridwork

Item {
    id: map
    property var boundary: []       // [{lat, lon}]
    property var microGrids: []     // [{name, points: [{lat, lon}]}]
    property var checkpoints: []    // [{name, lat, lon, passed}]
    property var track: []          // [{lat, lon}]
    property var here: null         // {lat, lon} or null
    property var marker: null       // {lat, lon, label} or null
    property string emptyText
    property real zoom: 1
    property real panX: 0
    property real panY: 0
    clip: true
    Accessible.role: Accessible.Graphic
    Accessible.name: qsTr("Map of the grid")

    // The bounding box of everything drawn, and the projection (equirectangular, north up).
    readonly property var bounds: {
        let minLat = 90, maxLat = -90, minLon = 180, maxLon = -180, n = 0;
        const add = p => { minLat = Math.min(minLat, p.lat); maxLat = Math.max(maxLat, p.lat);
                           minLon = Math.min(minLon, p.lon); maxLon = Math.max(maxLon, p.lon); ++n; };
        for (const p of boundary) add(p);
        if (boundary.length === 0) { for (const p of track) add(p); for (const c of checkpoints) add(c); }
        if (here) add(here);
        if (marker) add(marker);
        return n === 0 ? null : { minLat, maxLat, minLon, maxLon };
    }
    readonly property real kx: bounds ? Math.cos((bounds.minLat + bounds.maxLat) / 2 * Math.PI / 180) : 1
    readonly property real baseScale: {
        if (!bounds) return 1;
        const w = Math.max((bounds.maxLon - bounds.minLon) * kx, 0.0008), h = Math.max(bounds.maxLat - bounds.minLat, 0.0008);
        return Math.min((width - 40) / w, (height - 40) / h);
    }
    function px(p) {
        const cx = (bounds.minLon + bounds.maxLon) / 2, cy = (bounds.minLat + bounds.maxLat) / 2, s = baseScale * zoom;
        return Qt.point(width / 2 + panX + (p.lon - cx) * kx * s, height / 2 + panY - (p.lat - cy) * s);
    }
    function fit() { zoom = 1; panX = 0; panY = 0 }
    function zoomBy(f) { const z = Math.max(0.5, Math.min(12, zoom * f)); panX *= z / zoom; panY *= z / zoom; zoom = z }

    onBoundaryChanged: canvas.requestPaint()
    onMicroGridsChanged: canvas.requestPaint()
    onTrackChanged: canvas.requestPaint()
    onZoomChanged: canvas.requestPaint()
    onPanXChanged: canvas.requestPaint()
    onPanYChanged: canvas.requestPaint()
    onWidthChanged: canvas.requestPaint()
    onHeightChanged: canvas.requestPaint()

    Rectangle { anchors.fill: parent; color: "#EEF3EA" }
    Canvas {
        id: canvas
        anchors.fill: parent
        onPaint: {
            const c = getContext("2d");
            c.reset();
            if (!map.bounds) return;
            const poly = (pts, close) => {
                c.beginPath();
                for (let i = 0; i < pts.length; ++i) { const q = map.px(pts[i]); i ? c.lineTo(q.x, q.y) : c.moveTo(q.x, q.y); }
                if (close) c.closePath();
            };
            // Micro-grids: light fills with dashed edges; the grid: a bold edge.
            for (const m of map.microGrids) {
                poly(m.points, true);
                c.fillStyle = "#FFFFFF"; c.globalAlpha = 0.55; c.fill(); c.globalAlpha = 1;
                c.setLineDash([6, 4]); c.strokeStyle = "#78909C"; c.lineWidth = 1.5; c.stroke(); c.setLineDash([]);
            }
            if (map.boundary.length > 2) {
                poly(map.boundary, true);
                c.strokeStyle = "#1565C0"; c.lineWidth = 3; c.stroke();
            }
            if (map.track.length > 1) {
                poly(map.track, false);
                c.strokeStyle = "#E65100"; c.lineWidth = 4; c.lineJoin = "round"; c.lineCap = "round"; c.stroke();
            }
        }
    }
    // Micro-grid names at their centres.
    Repeater {
        model: map.bounds ? map.microGrids : []
        delegate: Text {
            required property var modelData
            readonly property point at: {
                let la = 0, lo = 0;
                for (const p of modelData.points) { la += p.lat; lo += p.lon; }
                map.zoom; map.panX; map.panY;
                return map.px({ lat: la / modelData.points.length, lon: lo / modelData.points.length });
            }
            x: at.x - width / 2
            y: at.y - height / 2
            text: modelData.name
            font.pixelSize: Theme.fontSmall
            color: "#37474F"
        }
    }
    // Checkpoints: symbol and word.
    Repeater {
        model: map.bounds ? map.checkpoints : []
        delegate: Column {
            required property var modelData
            readonly property point at: { map.zoom; map.panX; map.panY; return map.px(modelData) }
            x: at.x - width / 2
            y: at.y - 14
            Rectangle {
                anchors.horizontalCenter: parent.horizontalCenter
                width: Theme.elder ? 34 : 28; height: width; radius: width / 2
                color: modelData.passed ? Theme.ok : "white"
                border.color: modelData.passed ? Theme.ok : "#455A64"
                border.width: 2
                Text {
                    anchors.centerIn: parent
                    text: modelData.passed ? "✔" : "○"
                    color: modelData.passed ? "white" : "#455A64"
                    font.pixelSize: Theme.elder ? 20 : 16
                    font.bold: true
                }
            }
            Rectangle {
                anchors.horizontalCenter: parent.horizontalCenter
                width: cpLabel.implicitWidth + 8
                height: cpLabel.implicitHeight + 2
                radius: 4
                color: "#F2FFFFFF"
                Text {
                    id: cpLabel
                    anchors.centerIn: parent
                    text: modelData.name + (modelData.passed ? qsTr(" · reached") : qsTr(" · not yet"))
                    font.pixelSize: Theme.fontSmall
                    color: "#263238"
                }
            }
        }
    }
    // The household of the visit.
    Column {
        visible: map.marker !== null && map.bounds !== null
        readonly property point at: { map.zoom; map.panX; map.panY; return map.marker && map.bounds ? map.px(map.marker) : Qt.point(0, 0) }
        x: at.x - width / 2
        y: at.y - 30
        Text { anchors.horizontalCenter: parent.horizontalCenter; text: "⌂"; font.pixelSize: 30; color: Theme.primary }
        Rectangle {
            anchors.horizontalCenter: parent.horizontalCenter
            width: markLabel.implicitWidth + 8; height: markLabel.implicitHeight + 2; radius: 4; color: "#F2FFFFFF"
            Text { id: markLabel; anchors.centerIn: parent; text: map.marker ? map.marker.label : ""; font.pixelSize: Theme.fontSmall; color: "#263238" }
        }
    }
    // You are here.
    Column {
        objectName: "youAreHere"
        visible: map.here !== null && map.bounds !== null
        readonly property point at: { map.zoom; map.panX; map.panY; return map.here && map.bounds ? map.px(map.here) : Qt.point(0, 0) }
        x: at.x - width / 2
        y: at.y - 11
        Rectangle {
            anchors.horizontalCenter: parent.horizontalCenter
            width: 22; height: 22; radius: 11; color: "#1565C0"; border.color: "white"; border.width: 3
        }
        Rectangle {
            anchors.horizontalCenter: parent.horizontalCenter
            width: hereLabel.implicitWidth + 8; height: hereLabel.implicitHeight + 2; radius: 4; color: "#1565C0"
            Text { id: hereLabel; anchors.centerIn: parent; text: qsTr("You are here"); font.pixelSize: Theme.fontSmall; color: "white" }
        }
    }
    // Said on the map while there is no track yet (no GPS, no fix yet, not started).
    Rectangle {
        objectName: "mapStatus"
        visible: map.track.length === 0 && map.emptyText.length > 0
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: map.bounds === null ? undefined : parent.bottom
        anchors.verticalCenter: map.bounds === null ? parent.verticalCenter : undefined
        implicitHeight: statusText.implicitHeight + 16
        color: "#F2FFFFFF"
        Text {
            id: statusText
            anchors.fill: parent
            anchors.margins: 8
            text: map.emptyText
            wrapMode: Text.Wrap
            lineHeight: Theme.lineHeight
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            font.pixelSize: Theme.fontBody
            color: "#37474F"
        }
    }

    DragHandler {
        target: null
        property real startX: 0
        property real startY: 0
        onActiveChanged: if (active) { startX = map.panX; startY = map.panY }
        onTranslationChanged: { map.panX = startX + translation.x; map.panY = startY + translation.y }
    }
    PinchHandler {
        target: null
        property real startZoom: 1
        onActiveChanged: if (active) startZoom = map.zoom
        onActiveScaleChanged: map.zoom = Math.max(0.5, Math.min(12, startZoom * activeScale))
    }
    WheelHandler { target: null; onWheel: (e) => map.zoomBy(e.angleDelta.y > 0 ? 1.25 : 0.8) }

    Column {
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: 8
        spacing: 6
        Repeater {
            model: [{ t: "+", n: qsTr("Zoom in"), f: 1.5 }, { t: "−", n: qsTr("Zoom out"), f: 1 / 1.5 }, { t: qsTr("All"), n: qsTr("Whole grid"), f: 0 }]
            delegate: AbstractButton {
                required property var modelData
                implicitWidth: Theme.elder ? 60 : 44
                implicitHeight: Theme.elder ? 60 : 44
                Accessible.name: modelData.n
                onClicked: modelData.f === 0 ? map.fit() : map.zoomBy(modelData.f)
                background: Rectangle { radius: 8; color: parent.down ? "#E3F2FD" : "white"; border.color: "#90A4AE" }
                contentItem: Text {
                    text: modelData.t
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                    font.pixelSize: modelData.f === 0 ? Theme.fontSmall : 26
                    font.bold: true
                    color: Theme.primary
                }
            }
        }
    }
}
