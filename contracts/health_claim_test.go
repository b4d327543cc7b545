package contracts

import (
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"

	"github.com/seoulchain/seoulchain/bindings/healthconsent"
)

// claimOf reads claim id through the contract's view.
func (w *healthWorld) claimOf(id *big.Int) healthconsent.HealthConsentClaim {
	w.t.Helper()
	return *abi.ConvertType(w.city.call(w.hc, w.abi, "claim", id)[0], new(healthconsent.HealthConsentClaim)).(*healthconsent.HealthConsentClaim)
}

// TestHealthClaimRules: the patient files a claim with an insurer for records it may read
// under insurance consents; the insurer decides once, paying no more than claimed.
func TestHealthClaimRules(t *testing.T) {
	w := healthSetup(t)
	labs := w.grant(w.patient, w.insurer, mask(catLab), common.Hash{}, forInsurance, 86400)
	xray := w.grant(w.patient, w.insurer, 0, w.xray, forInsurance, 86400)
	revoked := w.grant(w.patient, w.insurer, mask(catImaging), common.Hash{}, forInsurance, 86400)
	w.patient.ok(w.hc, w.abi, "revokeConsent", revoked)
	treatment := w.grant(w.patient, w.clinic, mask(catImaging), common.Hash{}, forTreatment, 86400)
	short := w.grant(w.patient, w.insurer, mask(catLab), common.Hash{}, forInsurance, 60)
	ins, won := w.insurer.addr(), big.NewInt(1_200_000)
	recs := func(h ...common.Hash) [][32]byte {
		out := make([][32]byte, len(h))
		for i := range h {
			out[i] = h[i]
		}
		return out
	}
	ids := func(id ...*big.Int) []*big.Int { return id }
	w.run([]healthCase{
		{"patient files a claim", w.patient, "fileClaim", []any{ins, recs(w.lab), ids(labs), won}, ""},
		{"two records, two consents", w.patient, "fileClaim", []any{ins, recs(w.xray, w.lab), ids(xray, labs), big.NewInt(90_000)}, ""},
		{"a care provider is no insurer", w.patient, "fileClaim", []any{w.clinic.addr(), recs(w.xray), ids(treatment), won}, "HealthNotAnInsurer"},
		{"unregistered insurer", w.patient, "fileClaim", []any{w.stranger.addr(), recs(w.lab), ids(labs), won}, "HealthProviderNotRegistered"},
		{"no records", w.patient, "fileClaim", []any{ins, recs(), ids(), won}, "HealthClaimWithoutRecords"},
		{"consents and records differ", w.patient, "fileClaim", []any{ins, recs(w.lab, w.xray), ids(labs), won}, "HealthClaimLengthMismatch"},
		{"record twice", w.patient, "fileClaim", []any{ins, recs(w.lab, w.lab), ids(labs, labs), won}, "HealthClaimRecordRepeated"},
		{"zero won", w.patient, "fileClaim", []any{ins, recs(w.lab), ids(labs), big.NewInt(0)}, "HealthZeroAmount"},
		{"another patient's record", w.patient, "fileClaim", []any{ins, recs(w.otherXray), ids(labs), won}, "HealthNotYourRecord"},
		{"another patient files mine", w.other, "fileClaim", []any{ins, recs(w.lab), ids(labs), won}, "HealthNotYourRecord"},
		{"unknown record", w.patient, "fileClaim", []any{ins, recs(common.Hash{9}), ids(labs), won}, "HealthUnknownRecord"},
		{"record without consent", w.patient, "fileClaim", []any{ins, recs(w.xray), ids(big.NewInt(0)), won}, "HealthNoConsent"},
		{"record not consented", w.patient, "fileClaim", []any{ins, recs(w.xray), ids(labs), won}, "HealthCategoryNotGranted"},
		{"revoked consent", w.patient, "fileClaim", []any{ins, recs(w.xray), ids(revoked), won}, "HealthConsentRevoked"},
	})
	t.Run("ClaimFiled names the records and the amount", func(t *testing.T) {
		ev := event(t, w.patient.ok(w.hc, w.abi, "fileClaim", ins, recs(w.lab), ids(labs), big.NewInt(5)), "ClaimFiled")
		if ev["id"] != "3" || !strings.EqualFold(ev["patient"], w.patient.addr().Hex()) || ev["amountClaimed"] != "5" ||
			!strings.Contains(strings.ToLower(ev["records"]), strings.ToLower(w.lab.Hex()[2:])) {
			t.Fatalf("ClaimFiled: %v", ev)
		}
	})
	t.Run("treatment consent to a provider now an insurer", func(t *testing.T) {
		w.city.ok(w.hc, w.abi, "removeProvider", w.clinic.addr())
		w.city.ok(w.hc, w.abi, "addProvider", w.clinic.addr(), roleInsurer)
		_, err := w.patient.send(w.hc, w.abi, "fileClaim", w.clinic.addr(), recs(w.xray), ids(treatment), won)
		reverts(t, err, "HealthConsentNotForClaim", map[string]string{"id": treatment.String(), "purpose": "1"})
	})
	t.Run("expired consent", func(t *testing.T) {
		w.patient.ok(w.hc, w.abi, "fileClaim", ins, recs(w.lab), ids(short), won)
		if err := w.city.chain.AdjustTime(2 * time.Minute); err != nil {
			t.Fatal(err)
		}
		_, err := w.patient.send(w.hc, w.abi, "fileClaim", ins, recs(w.lab), ids(short), won)
		reverts(t, err, "HealthConsentExpired", nil)
	})

	one, two, ref := big.NewInt(1), big.NewInt(2), common.Hash{0xaa}
	w.run([]healthCase{
		{"another decides", w.clinic, "decideClaim", []any{one, true, won, ref}, "HealthNotClaimInsurer"},
		{"the patient decides", w.patient, "decideClaim", []any{one, true, won, ref}, "HealthNotClaimInsurer"},
		{"unknown claim", w.insurer, "decideClaim", []any{big.NewInt(99), true, won, ref}, "HealthUnknownClaim"},
		{"approved paying nothing", w.insurer, "decideClaim", []any{one, true, big.NewInt(0), ref}, "HealthPaidMismatchesDecision"},
		{"rejected paying", w.insurer, "decideClaim", []any{one, false, won, ref}, "HealthPaidMismatchesDecision"},
		{"paid more than claimed", w.insurer, "decideClaim", []any{one, true, new(big.Int).Add(won, one), ref}, "HealthPaidExceedsClaimed"},
		{"approved without reference", w.insurer, "decideClaim", []any{one, true, won, common.Hash{}}, "HealthNoPaymentRef"},
		{"insurer approves in full", w.insurer, "decideClaim", []any{one, true, won, ref}, ""},
		{"approved twice", w.insurer, "decideClaim", []any{one, true, won, ref}, "HealthClaimAlreadyDecided"},
		{"insurer rejects", w.insurer, "decideClaim", []any{two, false, big.NewInt(0), common.Hash{}}, ""},
		{"rejected, then approved", w.insurer, "decideClaim", []any{two, true, big.NewInt(1), ref}, "HealthClaimAlreadyDecided"},
	})
	if c := w.claimOf(one); c.Status != 2 || c.AmountPaid.Cmp(won) != 0 || c.PaymentRef != ref || c.DecidedAt == 0 ||
		c.Patient != w.patient.addr() || c.Insurer != ins || len(c.Records) != 1 || c.Records[0] != w.lab ||
		len(c.Holders) != 1 || c.Holders[0] != w.hospital.addr() {
		t.Fatalf("claim 1: %+v", c)
	}
	if c := w.claimOf(two); c.Status != 3 || c.AmountPaid.Sign() != 0 || len(c.Records) != 2 {
		t.Fatalf("claim 2: %+v", c)
	}
}
