// CategoryIcon — a small drawn icon per report category (no image files needed): a coloured
// disc with a shape drawn on a Canvas.
import QtQuick
import Gridwork

Item {
    id: icon
    property string category: "other"
    property int size: Theme.elder ? 56 : 40
    implicitWidth: size
    implicitHeight: size
    readonly property color tint: ({
        "safety_hazard": "#E53935", "dispute": "#8E24AA", "people_in_difficulty": "#FB8C00",
        "environment": "#43A047", "public_facility": "#1E88E5", "fire": "#D84315",
        "flood": "#0277BD", "other": "#757575",
        "collapse": "#6D4C41", "waterlogging": "#01579B", "landslide": "#795548", "trapped_people": "#B71C1C"
    })[category] || "#757575"

    Rectangle { anchors.fill: parent; radius: width / 2; color: icon.tint }
    Canvas {
        id: canvas
        anchors.fill: parent
        anchors.margins: parent.width * 0.22
        onPaint: {
            const c = getContext("2d");
            const w = width, h = height;
            c.reset();
            c.strokeStyle = "white"; c.fillStyle = "white"; c.lineWidth = Math.max(2, w / 10);
            c.lineCap = "round"; c.lineJoin = "round";
            c.beginPath();
            switch (icon.category) {
            case "collapse": // a house with a broken roof
                c.moveTo(w * 0.1, h * 0.5); c.lineTo(w * 0.45, h * 0.15); c.moveTo(w * 0.6, h * 0.3); c.lineTo(w * 0.9, h * 0.5);
                c.moveTo(w * 0.2, h * 0.5); c.lineTo(w * 0.2, h); c.lineTo(w * 0.8, h); c.lineTo(w * 0.8, h * 0.5); c.stroke();
                break;
            case "waterlogging": // three waves
                for (let i = 0; i < 3; ++i) {
                    const y = h * (0.25 + i * 0.3);
                    c.moveTo(0, y); c.quadraticCurveTo(w * 0.25, y - h * 0.15, w * 0.5, y); c.quadraticCurveTo(w * 0.75, y + h * 0.15, w, y);
                }
                c.stroke();
                break;
            case "landslide": // a slope with a falling rock
                c.moveTo(0, h); c.lineTo(w * 0.6, h * 0.1); c.lineTo(w, h); c.stroke();
                c.beginPath(); c.arc(w * 0.8, h * 0.55, w * 0.12, 0, Math.PI * 2); c.fill();
                break;
            case "trapped_people": // a person behind bars
                c.arc(w / 2, h * 0.3, w * 0.16, 0, Math.PI * 2); c.fill();
                c.beginPath(); c.moveTo(w * 0.1, 0); c.lineTo(w * 0.1, h); c.moveTo(w * 0.9, 0); c.lineTo(w * 0.9, h);
                c.moveTo(w * 0.3, h); c.quadraticCurveTo(w / 2, h * 0.45, w * 0.7, h); c.stroke();
                break;
            case "safety_hazard": // warning triangle with a bar
                c.moveTo(w / 2, 0); c.lineTo(w, h); c.lineTo(0, h); c.closePath(); c.stroke();
                c.beginPath(); c.moveTo(w / 2, h * 0.35); c.lineTo(w / 2, h * 0.65); c.stroke();
                break;
            case "dispute": // two speech bubbles
                c.arc(w * 0.33, h * 0.4, w * 0.28, 0, Math.PI * 2); c.stroke();
                c.beginPath(); c.arc(w * 0.7, h * 0.62, w * 0.26, 0, Math.PI * 2); c.stroke();
                break;
            case "people_in_difficulty": // a person with an open hand below
                c.arc(w / 2, h * 0.22, w * 0.18, 0, Math.PI * 2); c.fill();
                c.beginPath(); c.moveTo(w * 0.2, h * 0.95); c.quadraticCurveTo(w / 2, h * 0.35, w * 0.8, h * 0.95); c.stroke();
                break;
            case "environment": // a leaf
                c.moveTo(w * 0.1, h * 0.9); c.quadraticCurveTo(w * 0.1, h * 0.1, w * 0.9, h * 0.1);
                c.quadraticCurveTo(w * 0.9, h * 0.9, w * 0.1, h * 0.9); c.stroke();
                c.beginPath(); c.moveTo(w * 0.1, h * 0.9); c.lineTo(w * 0.6, h * 0.4); c.stroke();
                break;
            case "public_facility": // a street lamp
                c.moveTo(w * 0.35, h); c.lineTo(w * 0.35, h * 0.15); c.lineTo(w * 0.8, h * 0.15); c.stroke();
                c.beginPath(); c.arc(w * 0.8, h * 0.32, w * 0.13, 0, Math.PI * 2); c.fill();
                break;
            case "fire": // a flame
                c.moveTo(w / 2, 0); c.quadraticCurveTo(w * 1.05, h * 0.55, w / 2, h);
                c.quadraticCurveTo(-w * 0.05, h * 0.55, w / 2, 0); c.fill();
                break;
            case "flood": // waves
                for (let i = 0; i < 3; ++i) {
                    const y = h * (0.25 + i * 0.28);
                    c.moveTo(0, y); c.quadraticCurveTo(w * 0.25, y - h * 0.15, w * 0.5, y);
                    c.quadraticCurveTo(w * 0.75, y + h * 0.15, w, y);
                }
                c.stroke();
                break;
            default: // three dots
                for (let k = 0; k < 3; ++k) { c.moveTo(w * (0.2 + k * 0.3) + w * 0.08, h / 2); c.arc(w * (0.2 + k * 0.3), h / 2, w * 0.08, 0, Math.PI * 2); }
                c.fill();
            }
        }
        Component.onCompleted: requestPaint()
    }
    onCategoryChanged: canvas.requestPaint()
    onSizeChanged: canvas.requestPaint()
}
