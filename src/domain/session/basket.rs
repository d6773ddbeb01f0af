//! Building the basket: the certificate, its options (checked against what
//! [`crate::domain::options::offered`] offers), the copies, and the confirmation.

use crate::domain::effect::Effect;
use crate::domain::eligibility;
use crate::domain::municipality::CertificateKind;
use crate::domain::payment::Payment;
use crate::domain::reason::Reason;
use crate::domain::refusal::AfterRefusal;
use crate::domain::session::{
    CertOptions, Extent, Invalid, Scope, Screen, Selection, Session, SessionError,
};

impl Session {
    pub(super) fn choose_certificate(&mut self, kind: CertificateKind) -> Result<(), SessionError> {
        let m = &self.kiosk.municipality;
        let Some(holder) = self.holder() else {
            return Err(Invalid::NotAuthorised.into());
        };
        let path = self.path().unwrap_or(eligibility::Path::Residence);
        // Tax years are checked with the options; the rest now.
        if let Err(r) =
            eligibility::check_certificate(kind, None, holder, m, path, self.clock.now())
            && r.reason != Reason::NoTaxRecord
        {
            self.refuse(r, Screen::Refusal, AfterRefusal::BackToList);
            return Ok(());
        }
        let fee_yen = m.fee(kind).unwrap_or(0);
        self.current = Some(Selection {
            kind,
            options: CertOptions::default(),
            copies: 0,
            fee_yen,
        });
        self.effects
            .push(Effect::SelectionStarted { certificate: kind });
        self.screen = if kind.has_options() {
            Screen::Options
        } else {
            Screen::Copies
        };
        Ok(())
    }

    pub(super) fn choose_options(&mut self, o: CertOptions) -> Result<(), SessionError> {
        let (Some(holder), Some(offered)) = (self.holder().cloned(), self.options_offered()) else {
            return Err(Invalid::NotAuthorised.into());
        };
        let Some(kind) = self.current.as_ref().map(|s| s.kind) else {
            return Err(self.illegal("Options"));
        };
        let mut o = o;
        match kind {
            CertificateKind::ResidentCertificate | CertificateKind::ResidentRecordItems => {
                if let Scope::Members(ids) = &o.scope {
                    if ids.is_empty() {
                        return Err(Invalid::NoMembers.into());
                    }
                    if let Some(id) = ids.iter().find(|id| !offered.members.contains(id)) {
                        return Err(Invalid::NotAMember(id.clone()).into());
                    }
                }
                if o.my_number && !offered.my_number {
                    return Err(Invalid::MyNumberNotOffered.into());
                }
                if o.domicile && !offered.domicile_line {
                    return Err(Invalid::DomicileLineNotOffered.into());
                }
                if (o.nationality || o.residence_status || o.residence_card)
                    && !offered.foreign_lines
                {
                    return Err(Invalid::ForeignLinesNotOffered.into());
                }
            }
            CertificateKind::TaxCertificate | CertificateKind::TaxPaymentCertificate => {
                let year = o.year.or_else(|| offered.default_tax_year());
                let Some(year) = year.filter(|y| offered.tax_years.contains(y)) else {
                    return Err(Invalid::YearNotOffered(offered.tax_years).into());
                };
                o.year = Some(year);
                let path = self.path().unwrap_or(eligibility::Path::Residence);
                if let Err(r) = eligibility::check_certificate(
                    kind,
                    Some(year),
                    &holder,
                    &self.kiosk.municipality,
                    path,
                    self.clock.now(),
                ) {
                    self.refuse(r, Screen::Refusal, AfterRefusal::BackToList);
                    return Ok(());
                }
            }
            CertificateKind::FamilyRegister | CertificateKind::FamilyRegisterAppendix => {
                if let Some(pid) = &o.person
                    && !offered.register_persons.contains(pid)
                {
                    return Err(Invalid::NotInRegister(pid.clone()).into());
                }
                if o.extent == Extent::Individual && o.person.is_none() {
                    o.person = Some(holder.id);
                }
                if o.domicile && !offered.domicile_line {
                    return Err(Invalid::DomicileLineNotOffered.into());
                }
            }
            CertificateKind::SealCertificate => {}
        }
        if let Some(cur) = self.current.as_mut() {
            cur.options = o;
        }
        self.screen = Screen::Copies;
        Ok(())
    }

    pub(super) fn choose_copies(&mut self, n: u32) -> Result<(), SessionError> {
        let max = self.kiosk.municipality.max_copies;
        if n == 0 || n > max {
            return Err(Invalid::Copies(max).into());
        }
        let fits = self.max_copies_now();
        if n > fits
            && let Some(max_yen) = self.kiosk.vendor.max_total_yen
        {
            return Err(Invalid::OverCeiling {
                max_yen,
                copies: fits,
            }
            .into());
        }
        let Some(mut sel) = self.current.take() else {
            return Err(self.illegal("Copies"));
        };
        sel.copies = n;
        self.effects.push(Effect::SelectionAdded {
            certificate: sel.kind,
            copies: n,
            fee_yen: sel.fee_yen,
        });
        self.basket.push(sel);
        self.effects.push(Effect::Total {
            yen: self.total_yen(),
        });
        self.screen = Screen::Confirm;
        Ok(())
    }

    /// Back from the confirmation: the last selection is taken out to change its copies.
    pub(super) fn reopen_last(&mut self) {
        if let Some(last) = self.basket.pop() {
            self.effects.push(Effect::SelectionReopened {
                certificate: last.kind,
            });
            self.current = Some(last);
            self.effects.push(Effect::Total {
                yen: self.total_yen(),
            });
        }
        self.screen = Screen::Copies;
    }

    pub(super) fn open_payment(&mut self) {
        let total = self.total_yen();
        self.payment = Some(Payment::new(total));
        self.effects.push(Effect::PaymentDue { yen: total });
        self.screen = Screen::Payment;
    }
}
