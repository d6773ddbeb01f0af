//! The number of sessions written on a heat map's corner, so a picture copied out of the report
//! still says how many people it sums up. The pictures are plain pixels (no font engine is
//! linked for `plotters`' bitmaps), so the few characters needed are drawn from a 5×7 pixel
//! font of their own.

use plotters::backend::RGBPixel;
use plotters::coord::Shift;
use plotters::prelude::*;

/// Rows of a 5×7 glyph, the high bit of the low five the leftmost pixel.
type Glyph = [u8; 7];

const DIGITS: [Glyph; 10] = [
    [0x0E, 0x11, 0x13, 0x15, 0x19, 0x11, 0x0E],
    [0x04, 0x0C, 0x04, 0x04, 0x04, 0x04, 0x0E],
    [0x0E, 0x11, 0x01, 0x02, 0x04, 0x08, 0x1F],
    [0x1F, 0x02, 0x04, 0x02, 0x01, 0x11, 0x0E],
    [0x02, 0x06, 0x0A, 0x12, 0x1F, 0x02, 0x02],
    [0x1F, 0x10, 0x1E, 0x01, 0x01, 0x11, 0x0E],
    [0x06, 0x08, 0x10, 0x1E, 0x11, 0x11, 0x0E],
    [0x1F, 0x01, 0x02, 0x04, 0x08, 0x08, 0x08],
    [0x0E, 0x11, 0x11, 0x0E, 0x11, 0x11, 0x0E],
    [0x0E, 0x11, 0x11, 0x0F, 0x01, 0x02, 0x0C],
];
const LETTER_N: Glyph = [0x00, 0x00, 0x16, 0x19, 0x11, 0x11, 0x11];
const EQUALS: Glyph = [0x00, 0x00, 0x1F, 0x00, 0x1F, 0x00, 0x00];
const SPACE: Glyph = [0; 7];

/// Size of a font pixel, in picture pixels.
const SCALE: i32 = 3;
/// Room round the text.
const PAD: i32 = 6;

fn glyph(c: char) -> Glyph {
    match c {
        'n' => LETTER_N,
        '=' => EQUALS,
        d => d
            .to_digit(10)
            .and_then(|v| DIGITS.get(v as usize))
            .copied()
            .unwrap_or(SPACE),
    }
}

/// Writes `n = <sessions>` in white on a dark box at the picture's top-right corner.
pub fn draw(
    area: &DrawingArea<BitMapBackend<'_, RGBPixel>, Shift>,
    sessions: usize,
) -> Result<(), String> {
    let text: Vec<char> = format!("n = {sessions}").chars().collect();
    let (w, _) = area.dim_in_pixel();
    let advance = 6 * SCALE;
    let width = text.len() as i32 * advance - SCALE + 2 * PAD;
    let height = 7 * SCALE + 2 * PAD;
    let x0 = w as i32 - width - 4;
    let y0 = 4;
    area.draw(&Rectangle::new(
        [(x0, y0), (x0 + width, y0 + height)],
        BLACK.mix(0.72).filled(),
    ))
    .map_err(|e| e.to_string())?;
    for (k, c) in text.iter().enumerate() {
        let gx = x0 + PAD + k as i32 * advance;
        for (row, bits) in glyph(*c).iter().enumerate() {
            for col in 0..5 {
                if bits & (0x10 >> col) == 0 {
                    continue;
                }
                let (px, py) = (gx + col * SCALE, y0 + PAD + row as i32 * SCALE);
                area.draw(&Rectangle::new(
                    [(px, py), (px + SCALE, py + SCALE)],
                    WHITE.filled(),
                ))
                .map_err(|e| e.to_string())?;
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_character_of_a_count_has_a_glyph() {
        for c in "n = 0123456789".chars().filter(|c| *c != ' ') {
            assert_ne!(glyph(c), SPACE, "{c}");
        }
    }
}
