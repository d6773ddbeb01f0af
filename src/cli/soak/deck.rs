//! `kofu soak --specimen-deck`: a deck made in memory with one Tsukuba resident and card per
//! kiosk (`soak-c0`, `soak-c1`, …, PIN 1234, specimen My Numbers in the 9000… range no real
//! number uses), so that every kiosk of a class can have a card of its own (the bundled deck
//! has 16 cards a soak can use).

use kofu::domain::card::my_number_from_prefix;
use kofu::domain::registry::Registry;
use kofu::error::Source;

/// The specimen deck's demo PIN.
pub const PIN: &str = "1234";

/// A deck of `n` residents and their cards.
pub fn specimen(n: usize) -> anyhow::Result<Registry> {
    let mut s = String::new();
    for i in 0..n {
        let prefix = format!("{:011}", 90_000_000_000u64 + i as u64 * 7919);
        let number = my_number_from_prefix(&prefix)
            .map_err(|e| anyhow::anyhow!("a specimen My Number: {e}"))?;
        s.push_str(&format!(
            "[[household]]\nid = \"soak-h{i}\"\nmunicipality = \"tsukuba\"\n\
             address = \"茨城県つくば市見本町{i}番地\"\n\n\
             [[person]]\nid = \"soak-p{i}\"\nname = \"見本 {i}郎\"\nkana = \"ミホン {i}ロウ\"\n\
             born = \"1980-04-02\"\nsex = \"M\"\nhousehold = \"soak-h{i}\"\n\
             relationship = \"householder\"\nmoved_in = \"2010-01-01\"\n\n\
             [[card]]\nid = \"soak-c{i}\"\nholder = \"soak-p{i}\"\nmy_number = \"{}\"\n\
             applied = \"2022-05-01\"\nissued = \"2022-06-01\"\ncert_issued = \"2022-06-01\"\n\
             pin = \"{PIN}\"\n\n",
            number.as_str()
        ));
    }
    Ok(Registry::parse(&Source::from_text("(specimen deck)", s))?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_card_per_resident() -> anyhow::Result<()> {
        let deck = specimen(30)?;
        assert_eq!(deck.cards.len(), 30);
        assert!(deck.cards.contains_key("soak-c29"));
        Ok(())
    }
}
