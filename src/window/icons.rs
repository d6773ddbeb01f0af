//! The home menu's pictograms, painted as vector shapes in the button's text colour (so they
//! follow the theme and keep its contrast), in the vendor profile's icon set: line drawings
//! or filled shapes. Each is drawn in a unit square and scaled to the room it is given.

use egui::{Color32, Painter, Pos2, Rect, Stroke, StrokeKind, pos2, vec2};

use crate::domain::vendor::look::{HomeTile, IconStyle, OtherService};

/// Paints the icon of a home-menu tile in `rect`.
pub fn paint(painter: &Painter, rect: Rect, tile: HomeTile, style: IconStyle, colour: Color32) {
    let side = rect.width().min(rect.height());
    let square = Rect::from_center_size(rect.center(), vec2(side, side));
    let pen = Pen {
        painter,
        square,
        colour,
        solid: style == IconStyle::Solid,
        stroke: Stroke::new((side / 14.0).max(1.5), colour),
    };
    match tile {
        HomeTile::Administrative => pen.town_hall(),
        HomeTile::Other(OtherService::Copy) => pen.copy(),
        HomeTile::Other(OtherService::Print) => pen.printer(),
        HomeTile::Other(OtherService::Scan) => pen.scan(),
        HomeTile::Other(OtherService::Fax) => pen.fax(),
        HomeTile::Other(OtherService::Photo) => pen.photo(),
        HomeTile::Other(OtherService::Tickets) => pen.ticket(),
    }
}

struct Pen<'a> {
    painter: &'a Painter,
    square: Rect,
    colour: Color32,
    solid: bool,
    stroke: Stroke,
}

impl Pen<'_> {
    /// A point of the unit square.
    fn p(&self, x: f32, y: f32) -> Pos2 {
        pos2(
            self.square.left() + x * self.square.width(),
            self.square.top() + y * self.square.height(),
        )
    }
    /// A rectangle of the unit square, filled in the solid set, outlined in the line set.
    fn rect(&self, x0: f32, y0: f32, x1: f32, y1: f32) {
        let r = Rect::from_two_pos(self.p(x0, y0), self.p(x1, y1));
        if self.solid {
            self.painter.rect_filled(r, 2, self.colour);
        } else {
            self.painter
                .rect_stroke(r, 2, self.stroke, StrokeKind::Middle);
        }
    }
    /// A rectangle always outlined (a detail on top of a solid shape is cut out with the
    /// ground colour, which the pen does not know: it stays an outline).
    fn outline(&self, x0: f32, y0: f32, x1: f32, y1: f32) {
        let r = Rect::from_two_pos(self.p(x0, y0), self.p(x1, y1));
        self.painter
            .rect_stroke(r, 2, self.stroke, StrokeKind::Middle);
    }
    fn line(&self, a: (f32, f32), b: (f32, f32)) {
        self.painter
            .line_segment([self.p(a.0, a.1), self.p(b.0, b.1)], self.stroke);
    }
    fn polygon(&self, points: &[(f32, f32)]) {
        let pts: Vec<Pos2> = points.iter().map(|&(x, y)| self.p(x, y)).collect();
        let fill = if self.solid {
            self.colour
        } else {
            Color32::TRANSPARENT
        };
        self.painter
            .add(egui::Shape::convex_polygon(pts, fill, self.stroke));
    }

    /// A building with columns under a pediment: the city hall.
    fn town_hall(&self) {
        self.polygon(&[(0.1, 0.35), (0.5, 0.1), (0.9, 0.35)]);
        for x in [0.22, 0.41, 0.59, 0.78] {
            self.line((x, 0.42), (x, 0.78));
        }
        self.rect(0.1, 0.8, 0.9, 0.9);
    }
    /// Two overlapping sheets.
    fn copy(&self) {
        self.outline(0.18, 0.1, 0.65, 0.7);
        self.rect(0.35, 0.3, 0.82, 0.9);
    }
    /// A printer: body, paper in, paper out.
    fn printer(&self) {
        self.outline(0.28, 0.08, 0.72, 0.35);
        self.rect(0.1, 0.35, 0.9, 0.7);
        self.outline(0.28, 0.62, 0.72, 0.92);
    }
    /// A flatbed with its lid raised and the light bar.
    fn scan(&self) {
        self.rect(0.1, 0.6, 0.9, 0.85);
        self.line((0.1, 0.55), (0.75, 0.15));
        self.line((0.2, 0.72), (0.8, 0.72));
    }
    /// A handset on a machine with a sheet.
    fn fax(&self) {
        self.rect(0.1, 0.45, 0.9, 0.9);
        self.outline(0.45, 0.1, 0.8, 0.45);
        self.line((0.2, 0.3), (0.2, 0.45));
        self.line((0.15, 0.3), (0.3, 0.3));
    }
    /// A picture with mountains and a sun.
    fn photo(&self) {
        self.outline(0.1, 0.15, 0.9, 0.85);
        self.polygon(&[(0.15, 0.8), (0.4, 0.45), (0.62, 0.8)]);
        self.polygon(&[(0.45, 0.8), (0.65, 0.55), (0.85, 0.8)]);
        let c = self.p(0.72, 0.32);
        let r = self.square.width() * 0.08;
        if self.solid {
            self.painter.circle_filled(c, r, self.colour);
        } else {
            self.painter.circle_stroke(c, r, self.stroke);
        }
    }
    /// A ticket with a perforation.
    fn ticket(&self) {
        self.rect(0.08, 0.28, 0.92, 0.72);
        let n = 5;
        for i in 0..n {
            let y0 = 0.3 + 0.4 * i as f32 / n as f32;
            self.line((0.68, y0 + 0.02), (0.68, y0 + 0.06));
        }
    }
}
