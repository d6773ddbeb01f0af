//! The text table `kofu predict` prints without `--json`.

use super::ScenarioPrediction;

/// The text table `kofu predict` prints without `--json`.
pub fn table(preds: &[ScenarioPrediction]) -> String {
    let mut s = String::new();
    for p in preds {
        s.push_str(&format!("{}\n", p.file));
        for v in &p.vendors {
            s.push_str(&format!(
                "  {} ({}, {}): {:.1} s\n",
                v.vendor, v.user, v.input, v.total_s
            ));
            for st in &v.steps {
                let ops: Vec<String> = st
                    .operators
                    .iter()
                    .map(|o| format!("{} {:.2}", o.op, o.s))
                    .collect();
                s.push_str(&format!(
                    "    {:>2} {:<14} {:<18} {:>6.2} s  {}\n",
                    st.index,
                    st.screen,
                    st.action,
                    st.seconds,
                    ops.join(" + ")
                ));
            }
        }
    }
    s
}
