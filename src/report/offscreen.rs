//! The kiosk window without a window: frames of [`KioskApp::show`] run on a bare
//! [`egui::Context`], painted by a small CPU rasterizer, so walkthrough reports and the
//! accessibility audit work on a machine with no display and no GPU (CI has neither).
//!
//! Decisions:
//! - **One logical pixel per point**, the panel's declared size; the picture is what the window
//!   shows at scale 1.
//! - **The rasterizer** fills egui's tessellated triangles (premultiplied sRGB, as egui's own
//!   renderers blend: `dst = src + dst × (1 − αsrc)`), samples textures nearest-neighbour (glyphs
//!   are rasterized at their screen size, so this is exact at scale 1) and honours clip rects.
//!   Paint callbacks (none in kofu) are skipped.
//! - **The accessibility tree** is AccessKit's, as egui builds it for screen readers each frame.
//! - **Masking** of personal data happens on the paint list before it is rasterized and on the
//!   tree's strings, so a masked picture never held the data.

use std::collections::HashMap;

use egui::accesskit::{self, NodeId};
use egui::epaint::{ClippedPrimitive, Primitive};
use egui::{Color32, Pos2, Rect, TextureId, Vec2};
use image::codecs::png::{CompressionType, FilterType, PngEncoder};
use image::error::{ParameterError, ParameterErrorKind};
use image::{ExtendedColorType, ImageEncoder, ImageError};

use crate::window::{KioskApp, tokens};

/// An RGBA picture (straight alpha, row-major).
#[derive(Debug, Clone)]
pub struct Image {
    /// Width in pixels.
    pub width: usize,
    /// Height in pixels.
    pub height: usize,
    /// Premultiplied pixels while painting; see [`Image::to_png`].
    pub pixels: Vec<Color32>,
}

impl Image {
    /// A picture filled with one colour.
    pub fn filled(width: usize, height: usize, c: Color32) -> Self {
        Self {
            width,
            height,
            pixels: vec![c; width * height],
        }
    }

    /// The pixel at (x, y), if inside.
    pub fn get(&self, x: usize, y: usize) -> Option<Color32> {
        (x < self.width && y < self.height).then(|| self.pixels[y * self.width + x])
    }

    /// Places `pictures` side by side, `gap` pixels apart, on `bg`.
    pub fn side_by_side(pictures: &[&Image], gap: usize, bg: Color32) -> Image {
        let width = pictures.iter().map(|p| p.width).sum::<usize>()
            + gap * pictures.len().saturating_sub(1);
        let height = pictures.iter().map(|p| p.height).max().unwrap_or(0);
        let mut out = Image::filled(width, height, bg);
        let mut x0 = 0;
        for p in pictures {
            for y in 0..p.height {
                let src = &p.pixels[y * p.width..(y + 1) * p.width];
                out.pixels[y * width + x0..y * width + x0 + p.width].copy_from_slice(src);
            }
            x0 += p.width + gap;
        }
        out
    }

    /// The `width × height` region at (`x`, `y`), cut to what lies inside the picture (the
    /// handbook prints the touch panel without the machine beside it).
    pub fn crop(&self, x: usize, y: usize, width: usize, height: usize) -> Image {
        let w = width.min(self.width.saturating_sub(x));
        let h = height.min(self.height.saturating_sub(y));
        let mut out = Image::filled(w, h, Color32::TRANSPARENT);
        for row in 0..h {
            let src = (y + row) * self.width + x;
            out.pixels[row * w..(row + 1) * w].copy_from_slice(&self.pixels[src..src + w]);
        }
        out
    }

    /// A copy scaled down by an integer `factor` (box filter), for thumbnails.
    pub fn shrink(&self, factor: usize) -> Image {
        let f = factor.max(1);
        let (w, h) = (self.width / f, self.height / f);
        let mut out = Image::filled(w.max(1), h.max(1), Color32::TRANSPARENT);
        for y in 0..h {
            for x in 0..w {
                let mut acc = [0u32; 4];
                for dy in 0..f {
                    for dx in 0..f {
                        let c = self.pixels[(y * f + dy) * self.width + x * f + dx];
                        acc[0] += u32::from(c.r());
                        acc[1] += u32::from(c.g());
                        acc[2] += u32::from(c.b());
                        acc[3] += u32::from(c.a());
                    }
                }
                let n = (f * f) as u32;
                out.pixels[y * out.width + x] = tokens::premultiplied([
                    (acc[0] / n) as u8,
                    (acc[1] / n) as u8,
                    (acc[2] / n) as u8,
                    (acc[3] / n) as u8,
                ]);
            }
        }
        out
    }

    /// Encodes the picture as a PNG file (8-bit RGBA, straight alpha) with the `image` crate,
    /// no filter and default compression (zlib level 6), as the hand-written encoder it
    /// replaced did. Fails only when the sizes do not fit the pixels or PNG's limits.
    pub fn to_png(&self) -> Result<Vec<u8>, ImageError> {
        let mismatch = || {
            ImageError::Parameter(ParameterError::from_kind(
                ParameterErrorKind::DimensionMismatch,
            ))
        };
        let (Ok(width), Ok(height)) = (u32::try_from(self.width), u32::try_from(self.height))
        else {
            return Err(mismatch());
        };
        if self.width.checked_mul(self.height) != Some(self.pixels.len()) {
            return Err(mismatch());
        }
        let mut rgba = Vec::with_capacity(self.pixels.len() * 4);
        for c in &self.pixels {
            rgba.extend_from_slice(&c.to_srgba_unmultiplied());
        }
        let mut png = Vec::new();
        PngEncoder::new_with_quality(&mut png, CompressionType::Default, FilterType::NoFilter)
            .write_image(&rgba, width, height, ExtendedColorType::Rgba8)?;
        Ok(png)
    }
}

#[derive(Debug, Clone)]
struct Texture {
    size: [usize; 2],
    pixels: Vec<Color32>,
}

/// One node of the accessibility tree, flattened for reports and checks.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct A11yNode {
    /// Depth below the root.
    pub depth: usize,
    /// AccessKit role, e.g. `Button`.
    pub role: String,
    /// Accessible name (label).
    pub name: String,
    /// Value (text of labels, state of controls).
    pub value: String,
    /// Bounds in logical px: x, y, width, height.
    pub bounds: Option<[f32; 4]>,
    /// Checked / unchecked for toggles.
    pub toggled: Option<bool>,
    /// Disabled control.
    pub disabled: bool,
    /// Whether it is interactive (a control that takes focus or a click).
    pub interactive: bool,
}

/// Roles a person operates.
pub fn is_interactive(role: accesskit::Role) -> bool {
    use accesskit::Role as R;
    matches!(
        role,
        R::Button
            | R::CheckBox
            | R::RadioButton
            | R::Switch
            | R::ComboBox
            | R::TextInput
            | R::MultilineTextInput
            | R::PasswordInput
            | R::Slider
            | R::SpinButton
            | R::Link
            | R::Tab
            | R::MenuItem
            | R::ListBoxOption
    )
}

/// A frame's output kept for pictures and checks.
#[derive(Default)]
pub struct FrameOut {
    /// The paint list.
    pub shapes: Vec<egui::epaint::ClippedShape>,
    /// The AccessKit nodes of the frame.
    pub nodes: HashMap<NodeId, accesskit::Node>,
    /// The root node.
    pub root: Option<NodeId>,
}

impl FrameOut {
    /// The tree in document order (depth first from the root).
    pub fn tree(&self) -> Vec<A11yNode> {
        let mut out = Vec::new();
        let Some(root) = self.root else {
            return out;
        };
        let mut stack = vec![(root, 0usize)];
        while let Some((id, depth)) = stack.pop() {
            let Some(n) = self.nodes.get(&id) else {
                continue;
            };
            out.push(A11yNode {
                depth,
                role: format!("{:?}", n.role()),
                name: self.name_of(n),
                value: n.value().unwrap_or_default().to_string(),
                bounds: n.bounds().map(|b| {
                    [
                        b.x0 as f32,
                        b.y0 as f32,
                        (b.x1 - b.x0) as f32,
                        (b.y1 - b.y0) as f32,
                    ]
                }),
                toggled: n.toggled().map(|t| t == accesskit::Toggled::True),
                disabled: n.is_disabled(),
                interactive: is_interactive(n.role()),
            });
            for c in n.children().iter().rev() {
                stack.push((*c, depth + 1));
            }
        }
        out
    }
}

impl FrameOut {
    /// A node's accessible name: its label, or else the words of the nodes it is labelled by
    /// (a text field or slider beside its label, `Response::labelled_by`), as screen readers
    /// compute it.
    fn name_of(&self, n: &accesskit::Node) -> String {
        if let Some(l) = n.label()
            && !l.is_empty()
        {
            return l.to_string();
        }
        let words: Vec<String> = n
            .labelled_by()
            .iter()
            .filter_map(|id| self.nodes.get(id))
            .filter_map(|m| m.label().or(m.value()).map(str::to_string))
            .filter(|w| !w.is_empty())
            .collect();
        words.join(" ")
    }
}

/// Formats a tree as indented text: `Button "English" value [x, y, w × h]`.
pub fn tree_text(nodes: &[A11yNode]) -> String {
    let mut s = String::new();
    for n in nodes {
        if n.role == "GenericContainer" && n.name.is_empty() && n.value.is_empty() {
            continue;
        }
        s.push_str(&"  ".repeat(n.depth));
        s.push_str(&n.role);
        if !n.name.is_empty() {
            s.push_str(&format!(" {:?}", n.name));
        }
        if !n.value.is_empty() {
            s.push_str(&format!(" value={:?}", n.value));
        }
        if let Some(t) = n.toggled {
            s.push_str(if t { " [checked]" } else { " [unchecked]" });
        }
        if n.disabled {
            s.push_str(" [disabled]");
        }
        if let Some([x, y, w, h]) = n.bounds {
            s.push_str(&format!(" [{x:.0}, {y:.0}, {w:.0} × {h:.0}]"));
        }
        s.push('\n');
    }
    s
}

/// Runs the kiosk's frames on a bare context.
pub struct Offscreen {
    ctx: egui::Context,
    size: Vec2,
    time: f64,
    textures: HashMap<TextureId, Texture>,
    /// The last frame.
    pub last: FrameOut,
}

impl std::fmt::Debug for Offscreen {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Offscreen")
            .field("size", &self.size)
            .finish_non_exhaustive()
    }
}

impl Offscreen {
    /// A context of `size` logical pixels, accessibility on, animations off.
    pub fn new(size: Vec2) -> Self {
        let ctx = egui::Context::default();
        ctx.enable_accesskit();
        // No native windows here: a viewport (the trainer console) is drawn inside this one,
        // as the window docks it, so its controls are in the frame and its tree.
        ctx.set_embed_viewports(true);
        ctx.all_styles_mut(|style| {
            style.animation_time = 0.0;
            style.visuals.text_cursor.blink = false;
        });
        Self {
            ctx,
            size,
            time: 0.0,
            textures: HashMap::new(),
            last: FrameOut::default(),
        }
    }

    /// The logical size.
    pub fn size(&self) -> Vec2 {
        self.size
    }

    /// Runs one frame of the app (input time advances 0.1 s).
    pub fn frame(&mut self, app: &mut KioskApp) {
        self.time += 0.1;
        let mut input = egui::RawInput {
            screen_rect: Some(Rect::from_min_size(Pos2::ZERO, self.size)),
            time: Some(self.time),
            predicted_dt: 0.1,
            // A glyph atlas of 4096 × 4096: at egui's 2048 a context that draws every language
            // at three text sizes fills it, and egui clears it and rasterizes every glyph again.
            max_texture_side: Some(4096),
            ..Default::default()
        };
        if let Some(v) = input.viewports.get_mut(&egui::ViewportId::ROOT) {
            v.native_pixels_per_point = Some(1.0);
        }
        let mut out = self.ctx.run_ui(input, |ui| app.show(ui));
        for (id, deltas) in std::mem::take(&mut out.textures_delta.set) {
            for delta in deltas {
                self.set_texture(id, delta);
            }
        }
        for id in std::mem::take(&mut out.textures_delta.free) {
            self.textures.remove(&id);
        }
        let mut frame = FrameOut {
            shapes: out.shapes,
            ..FrameOut::default()
        };
        if let Some(u) = out.platform_output.accesskit_update.take() {
            frame.root = u.tree.map(|t| t.root);
            frame.nodes = u.nodes.into_iter().collect();
        }
        self.last = frame;
    }

    /// Runs frames until the app has no pending keys and the layout has settled (at least 2).
    pub fn settle(&mut self, app: &mut KioskApp) {
        for i in 0..8 {
            self.frame(app);
            if i >= 1 && !app.has_pending_keys() {
                break;
            }
        }
        // One more so that anything the last frame changed is laid out.
        self.frame(app);
    }

    fn set_texture(&mut self, id: TextureId, delta: egui::epaint::ImageDelta) {
        let egui::ImageData::Color(img) = &delta.image;
        match delta.pos {
            None => {
                self.textures.insert(
                    id,
                    Texture {
                        size: img.size,
                        pixels: img.pixels.clone(),
                    },
                );
            }
            Some([px, py]) => {
                if let Some(t) = self.textures.get_mut(&id) {
                    for y in 0..img.size[1] {
                        for x in 0..img.size[0] {
                            let (tx, ty) = (px + x, py + y);
                            if tx < t.size[0] && ty < t.size[1] {
                                t.pixels[ty * t.size[0] + tx] = img.pixels[y * img.size[0] + x];
                            }
                        }
                    }
                }
            }
        }
    }

    /// Paints the last frame's shapes (after `edit`, e.g. masking) into a picture.
    pub fn render_with(
        &self,
        edit: impl FnOnce(&mut Vec<egui::epaint::ClippedShape>),
        bg: Color32,
    ) -> Image {
        let mut shapes = self.last.shapes.clone();
        edit(&mut shapes);
        let prims = self.ctx.tessellate(shapes, 1.0);
        let mut img = Image::filled(self.size.x as usize, self.size.y as usize, bg);
        for p in &prims {
            self.paint(&mut img, p);
        }
        img
    }

    fn paint(&self, img: &mut Image, p: &ClippedPrimitive) {
        let Primitive::Mesh(mesh) = &p.primitive else {
            return;
        };
        let tex = self.textures.get(&mesh.texture_id);
        let clip = p.clip_rect.intersect(Rect::from_min_size(
            Pos2::ZERO,
            Vec2::new(img.width as f32, img.height as f32),
        ));
        if !clip.is_positive() {
            return;
        }
        let (cx0, cy0) = (clip.min.x.max(0.0) as usize, clip.min.y.max(0.0) as usize);
        let (cx1, cy1) = (
            (clip.max.x.ceil() as usize).min(img.width),
            (clip.max.y.ceil() as usize).min(img.height),
        );
        for tri in mesh.indices.chunks_exact(3) {
            let (Some(a), Some(b), Some(c)) = (
                mesh.vertices.get(tri[0] as usize),
                mesh.vertices.get(tri[1] as usize),
                mesh.vertices.get(tri[2] as usize),
            ) else {
                continue;
            };
            let area = edge(a.pos, b.pos, c.pos);
            if area.abs() < 1e-6 {
                continue;
            }
            let minx = a.pos.x.min(b.pos.x).min(c.pos.x).floor().max(cx0 as f32) as usize;
            let maxx = (a.pos.x.max(b.pos.x).max(c.pos.x).ceil() as usize).min(cx1);
            let miny = a.pos.y.min(b.pos.y).min(c.pos.y).floor().max(cy0 as f32) as usize;
            let maxy = (a.pos.y.max(b.pos.y).max(c.pos.y).ceil() as usize).min(cy1);
            let inv = 1.0 / area;
            let ca = rgba(a.color);
            let cb = rgba(b.color);
            let cc = rgba(c.color);
            // Most triangles are flat: one colour and one texel (a filled shape samples the
            // atlas' white pixel at every corner). Their colour is worked out once, not per
            // pixel — the interpolation and the texture lookup were most of a picture's time.
            let flat = (ca == cb && cb == cc && (tex.is_none() || (a.uv == b.uv && b.uv == c.uv)))
                .then(|| {
                    let mut col = ca;
                    if let Some(t) = tex {
                        let s = rgba(t.pixels[texel(t, a.uv.x, a.uv.y)]);
                        for k in 0..4 {
                            col[k] *= s[k];
                        }
                    }
                    col
                });
            // A flat opaque colour covers what is under it: the pixel is that colour, as the
            // blend below would make it (1 − alpha is 0).
            let opaque = flat.filter(|c| c[3] >= 1.0).map(|c| {
                tokens::premultiplied([to_u8(c[0]), to_u8(c[1]), to_u8(c[2]), to_u8(c[3])])
            });
            for y in miny..maxy {
                for x in minx..maxx {
                    let pt = Pos2::new(x as f32 + 0.5, y as f32 + 0.5);
                    let w0 = edge(b.pos, c.pos, pt) * inv;
                    let w1 = edge(c.pos, a.pos, pt) * inv;
                    let w2 = edge(a.pos, b.pos, pt) * inv;
                    if w0 < 0.0 || w1 < 0.0 || w2 < 0.0 {
                        continue;
                    }
                    if let Some(o) = opaque {
                        img.pixels[y * img.width + x] = o;
                        continue;
                    }
                    let col = match flat {
                        Some(col) => col,
                        None => {
                            let mut col = [0.0f32; 4];
                            for (k, v) in col.iter_mut().enumerate() {
                                *v = w0 * ca[k] + w1 * cb[k] + w2 * cc[k];
                            }
                            if let Some(t) = tex {
                                let u = w0 * a.uv.x + w1 * b.uv.x + w2 * c.uv.x;
                                let v = w0 * a.uv.y + w1 * b.uv.y + w2 * c.uv.y;
                                let s = rgba(t.pixels[texel(t, u, v)]);
                                for k in 0..4 {
                                    col[k] *= s[k];
                                }
                            }
                            col
                        }
                    };
                    if col[3] <= 0.0 && col[0] <= 0.0 && col[1] <= 0.0 && col[2] <= 0.0 {
                        continue; // nothing to add: a transparent texel
                    }
                    let i = y * img.width + x;
                    let d = rgba(img.pixels[i]);
                    let ia = 1.0 - col[3];
                    img.pixels[i] = tokens::premultiplied([
                        to_u8(col[0] + d[0] * ia),
                        to_u8(col[1] + d[1] * ia),
                        to_u8(col[2] + d[2] * ia),
                        to_u8(col[3] + d[3] * ia),
                    ]);
                }
            }
        }
    }
}

/// The index of the texel at texture coordinates `u`, `v` (nearest, clamped to the edge).
fn texel(t: &Texture, u: f32, v: f32) -> usize {
    let tx = ((u * t.size[0] as f32) as usize).min(t.size[0].saturating_sub(1));
    let ty = ((v * t.size[1] as f32) as usize).min(t.size[1].saturating_sub(1));
    ty * t.size[0] + tx
}

fn edge(a: Pos2, b: Pos2, p: Pos2) -> f32 {
    (b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x)
}

fn rgba(c: Color32) -> [f32; 4] {
    [
        f32::from(c.r()) / 255.0,
        f32::from(c.g()) / 255.0,
        f32::from(c.b()) / 255.0,
        f32::from(c.a()) / 255.0,
    ]
}

fn to_u8(v: f32) -> u8 {
    (v.clamp(0.0, 1.0) * 255.0 + 0.5) as u8
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn png_decodes_to_the_same_pixels() {
        let p = tokens::Palette::standard();
        let a = Image::filled(3, 2, p.danger_bg);
        let b = Image::filled(2, 1, p.primary_bg);
        let img = Image::side_by_side(&[&a, &b], 1, p.panel_bg);
        let png = img.to_png().expect("encode");
        assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
        let back = image::load_from_memory(&png).expect("decode").to_rgba8();
        assert_eq!(back.dimensions(), (6, 2));
        for (x, y, px) in back.enumerate_pixels() {
            let want = img
                .get(x as usize, y as usize)
                .map(|c| c.to_srgba_unmultiplied());
            assert_eq!(Some(px.0), want, "pixel ({x}, {y})");
        }
    }

    #[test]
    fn png_refuses_sizes_that_do_not_fit_the_pixels() {
        let mut img = Image::filled(3, 2, tokens::Palette::standard().danger_bg);
        img.width = 4;
        assert!(img.to_png().is_err());
    }

    #[test]
    fn side_by_side_places_pictures_with_a_gap() {
        let p = tokens::Palette::standard();
        let (red, blue, bg) = (p.danger_bg, p.primary_bg, p.panel_bg);
        let a = Image::filled(2, 2, red);
        let b = Image::filled(3, 1, blue);
        let s = Image::side_by_side(&[&a, &b], 1, bg);
        assert_eq!((s.width, s.height), (6, 2));
        assert_eq!(s.get(0, 0), Some(red));
        assert_eq!(s.get(2, 0), Some(bg));
        assert_eq!(s.get(3, 0), Some(blue));
        assert_eq!(s.get(3, 1), Some(bg));
    }
}
