// TrackSketch — the patrol track drawn to fit the box (no map tiles offline): the path, the
// checkpoints' positions are not known here, only the walked line with start and current point.
import QtQuick
import Gridwork

Canvas {
    id: sketch
    property var points: []
    // Said in the box while there is no track to draw (no GPS, no fix yet, not started).
    property string emptyText
    onPointsChanged: requestPaint()
    onWidthChanged: requestPaint()
    onHeightChanged: requestPaint()
    onPaint: {
        const c = getContext("2d");
        c.reset();
        c.fillStyle = "#E8F0E8";
        c.fillRect(0, 0, width, height);
        if (points.length < 1) return;  // the label below says why
        let minLat = 90, maxLat = -90, minLon = 180, maxLon = -180;
        for (const p of points) {
            minLat = Math.min(minLat, p.lat); maxLat = Math.max(maxLat, p.lat);
            minLon = Math.min(minLon, p.lon); maxLon = Math.max(maxLon, p.lon);
        }
        const span = Math.max(maxLat - minLat, (maxLon - minLon) * 0.87, 0.0005);
        const m = 16, s = Math.min(width, height) - 2 * m;
        const cx = (minLon + maxLon) / 2, cy = (minLat + maxLat) / 2;
        const X = lon => width / 2 + (lon - cx) * 0.87 / span * s;
        const Y = lat => height / 2 - (lat - cy) / span * s;
        c.strokeStyle = "#1565C0"; c.lineWidth = 4; c.lineJoin = "round"; c.lineCap = "round";
        c.beginPath();
        c.moveTo(X(points[0].lon), Y(points[0].lat));
        for (let i = 1; i < points.length; ++i) c.lineTo(X(points[i].lon), Y(points[i].lat));
        c.stroke();
        c.fillStyle = "#2E7D32";
        c.beginPath(); c.arc(X(points[0].lon), Y(points[0].lat), 6, 0, Math.PI * 2); c.fill();
        const last = points[points.length - 1];
        c.fillStyle = "#E65100";
        c.beginPath(); c.arc(X(last.lon), Y(last.lat), 8, 0, Math.PI * 2); c.fill();
    }
    Text {
        anchors.fill: parent
        anchors.margins: Theme.pad
        visible: sketch.points.length < 1 && sketch.emptyText.length > 0
        text: sketch.emptyText
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        lineHeight: Theme.lineHeight
        font.pixelSize: Theme.fontBody
        color: Theme.muted
    }
}
