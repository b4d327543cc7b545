package contracts

import (
	"bytes"
	"context"
	"crypto/sha256"
	"math/big"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"

	"github.com/seoulchain/seoulchain/bindings/cityforwarder"
	"github.com/seoulchain/seoulchain/bindings/healthconsent"
	"github.com/seoulchain/seoulchain/internal/deploy"
	"github.com/seoulchain/seoulchain/internal/forwarder"
	"github.com/seoulchain/seoulchain/relayer/plugin"
	"github.com/seoulchain/seoulchain/services/health"
)

// Codes of HealthConsent, as the contract numbers them.
const (
	roleHospital, roleClinic, roleImaging, roleInsurer = uint8(1), uint8(2), uint8(3), uint8(4)
	catImaging, catLab, catPrescription, catDischarge  = uint8(1), uint8(2), uint8(3), uint8(4)
	forTreatment, forInsurance                         = uint8(1), uint8(2)
)

// mask is the consent's category bit mask of cats.
func mask(cats ...uint8) uint8 {
	var m uint8
	for _, c := range cats {
		m |= 1 << c
	}
	return m
}

// healthWorld: the city registers a hospital (holds the X-ray and a lab result of the
// patient), a clinic the patient moves to, an imaging centre and an insurer; a stranger is
// no provider; other is another patient.
type healthWorld struct {
	t                                        *testing.T
	city, hospital, clinic, imaging, insurer *account
	patient, other, stranger, relayer        *account
	hc, fwd                                  common.Address
	abi, fwdABI                              *abi.ABI
	xray, lab, otherXray                     common.Hash
}

func healthSetup(t *testing.T) *healthWorld {
	t.Helper()
	acc := accounts(t, 9)
	w := &healthWorld{t: t, city: acc[0], hospital: acc[1], clinic: acc[2], imaging: acc[3], insurer: acc[4],
		patient: acc[5], other: acc[6], stranger: acc[7], relayer: acc[8]}
	book := w.city.Deploy(deploy.HealthConsent)
	w.hc, w.fwd = book[deploy.HealthConsent], book[deploy.CityForwarder]
	w.abi, _ = healthconsent.HealthConsentMetaData.GetAbi()
	w.fwdABI, _ = cityforwarder.CityForwarderMetaData.GetAbi()
	for _, p := range []struct {
		a    *account
		role uint8
	}{{w.hospital, roleHospital}, {w.clinic, roleClinic}, {w.imaging, roleImaging}, {w.insurer, roleInsurer}} {
		w.city.ok(w.hc, w.abi, "addProvider", p.a.addr(), p.role)
	}
	w.xray, w.lab, w.otherXray = sha256.Sum256([]byte("chest x-ray")), sha256.Sum256([]byte("blood panel")), sha256.Sum256([]byte("knee x-ray"))
	w.hospital.ok(w.hc, w.abi, "anchor", w.patient.addr(), w.xray, catImaging)
	w.hospital.ok(w.hc, w.abi, "anchor", w.patient.addr(), w.lab, catLab)
	w.hospital.ok(w.hc, w.abi, "anchor", w.other.addr(), w.otherXray, catImaging)
	return w
}

// grant is the patient's consent to grantee for the categories of the hospital's records;
// it returns the consent's id.
func (w *healthWorld) grant(patient, grantee *account, categories uint8, record common.Hash, purpose uint8, ttl uint64) *big.Int {
	w.t.Helper()
	r := patient.ok(w.hc, w.abi, "grantConsent", grantee.addr(), w.hospital.addr(), categories, record, purpose, w.city.now()+ttl)
	id, ok := new(big.Int).SetString(event(w.t, r, "ConsentGranted")["id"], 10)
	if !ok {
		w.t.Fatal("ConsentGranted without an id")
	}
	return id
}

type healthCase struct {
	name   string
	from   *account
	method string
	args   []any
	revert string
}

func (w *healthWorld) run(cases []healthCase) {
	w.t.Helper()
	for _, tc := range cases {
		w.t.Run(tc.name, func(t *testing.T) {
			_, err := tc.from.send(w.hc, w.abi, tc.method, tc.args...)
			if tc.revert != "" {
				reverts(t, err, tc.revert, nil)
			} else if err != nil {
				t.Fatal(err)
			}
		})
	}
}

func TestHealthProviderRules(t *testing.T) {
	w := healthSetup(t)
	w.run([]healthCase{
		{"registrar adds a provider", w.city, "addProvider", []any{common.Address{7}, roleClinic}, ""},
		{"stranger adds a provider", w.stranger, "addProvider", []any{common.Address{8}, roleClinic}, "AccessControlUnauthorizedAccount"},
		{"zero address", w.city, "addProvider", []any{common.Address{}, roleClinic}, "HealthZeroAddress"},
		{"role zero", w.city, "addProvider", []any{common.Address{8}, uint8(0)}, "HealthBadRole"},
		{"role five", w.city, "addProvider", []any{common.Address{8}, uint8(5)}, "HealthBadRole"},
		{"registered twice", w.city, "addProvider", []any{w.clinic.addr(), roleHospital}, "HealthProviderAlreadyRegistered"},
		{"stranger removes a provider", w.stranger, "removeProvider", []any{w.clinic.addr()}, "AccessControlUnauthorizedAccount"},
		{"remove an unregistered provider", w.city, "removeProvider", []any{common.Address{9}}, "HealthProviderNotRegistered"},
		{"registrar removes a provider", w.city, "removeProvider", []any{common.Address{7}}, ""},
		{"removed provider re-added", w.city, "addProvider", []any{common.Address{7}, roleHospital}, ""},
	})
	if got := len(w.city.call(w.hc, w.abi, "providers")[0].([]common.Address)); got != 5 {
		t.Fatalf("providers: %d, want 5", got)
	}
	// A removed hospital anchors no more.
	w.city.ok(w.hc, w.abi, "removeProvider", w.imaging.addr())
	_, err := w.imaging.send(w.hc, w.abi, "anchor", w.patient.addr(), common.Hash{1}, catImaging)
	reverts(t, err, "HealthProviderNotRegistered", map[string]string{"provider": w.imaging.addr().Hex()})
}

func TestHealthAnchorRules(t *testing.T) {
	w := healthSetup(t)
	p := w.patient.addr()
	w.run([]healthCase{
		{"hospital anchors", w.hospital, "anchor", []any{p, common.Hash{1}, catPrescription}, ""},
		{"imaging centre anchors", w.imaging, "anchor", []any{p, common.Hash{2}, catImaging}, ""},
		{"stranger anchors", w.stranger, "anchor", []any{p, common.Hash{3}, catLab}, "HealthProviderNotRegistered"},
		{"insurer anchors", w.insurer, "anchor", []any{p, common.Hash{3}, catLab}, "HealthRoleCannotAnchor"},
		{"zero patient", w.hospital, "anchor", []any{common.Address{}, common.Hash{3}, catLab}, "HealthZeroAddress"},
		{"zero hash", w.hospital, "anchor", []any{p, common.Hash{}, catLab}, "HealthZeroHash"},
		{"category zero", w.hospital, "anchor", []any{p, common.Hash{3}, uint8(0)}, "HealthBadCategory"},
		{"category five", w.hospital, "anchor", []any{p, common.Hash{3}, uint8(5)}, "HealthBadCategory"},
		{"anchored twice", w.hospital, "anchor", []any{p, w.xray, catImaging}, "HealthRecordAlreadyAnchored"},
		{"batch", w.hospital, "anchorBatch", []any{[]common.Address{p, p}, [][32]byte{{4}, {5}}, []uint8{catLab, catDischarge}}, ""},
		{"batch of uneven lists", w.hospital, "anchorBatch", []any{[]common.Address{p}, [][32]byte{{6}, {7}}, []uint8{catLab, catLab}}, "HealthBatchLengthMismatch"},
		{"batch with a bad item", w.hospital, "anchorBatch", []any{[]common.Address{p, p}, [][32]byte{{6}, {0}}, []uint8{catLab, catLab}}, "HealthZeroHash"},
	})
	// The failed batch anchored nothing of itself.
	if r := w.city.call(w.hc, w.abi, "record", w.hospital.addr(), common.Hash{6})[0].(struct {
		Provider   common.Address `json:"provider"`
		Category   uint8          `json:"category"`
		AnchoredAt uint64         `json:"anchoredAt"`
		Patient    common.Address `json:"patient"`
	}); r.Provider != (common.Address{}) {
		t.Fatalf("half a batch anchored: %+v", r)
	}
}

func TestHealthConsentRules(t *testing.T) {
	w := healthSetup(t)
	hosp, now := w.hospital.addr(), w.city.now()
	later := now + 86400
	img := mask(catImaging)
	w.run([]healthCase{
		{"treatment to a clinic", w.patient, "grantConsent", []any{w.clinic.addr(), hosp, img, common.Hash{}, forTreatment, later}, ""},
		{"one record", w.patient, "grantConsent", []any{w.clinic.addr(), hosp, uint8(0), w.xray, forTreatment, later}, ""},
		{"claim to an insurer", w.patient, "grantConsent", []any{w.insurer.addr(), hosp, mask(catLab, catDischarge), common.Hash{}, forInsurance, later}, ""},
		{"grantee no provider", w.patient, "grantConsent", []any{w.stranger.addr(), hosp, img, common.Hash{}, forTreatment, later}, "HealthProviderNotRegistered"},
		{"holder no provider", w.patient, "grantConsent", []any{w.clinic.addr(), w.stranger.addr(), img, common.Hash{}, forTreatment, later}, "HealthProviderNotRegistered"},
		{"purpose zero", w.patient, "grantConsent", []any{w.clinic.addr(), hosp, img, common.Hash{}, uint8(0), later}, "HealthBadPurpose"},
		{"purpose three", w.patient, "grantConsent", []any{w.clinic.addr(), hosp, img, common.Hash{}, uint8(3), later}, "HealthBadPurpose"},
		{"insurance to a clinic", w.patient, "grantConsent", []any{w.clinic.addr(), hosp, img, common.Hash{}, forInsurance, later}, "HealthPurposeNotForRole"},
		{"treatment to an insurer", w.patient, "grantConsent", []any{w.insurer.addr(), hosp, img, common.Hash{}, forTreatment, later}, "HealthPurposeNotForRole"},
		{"expiry now", w.patient, "grantConsent", []any{w.clinic.addr(), hosp, img, common.Hash{}, forTreatment, now}, "HealthExpiryInPast"},
		{"no category", w.patient, "grantConsent", []any{w.clinic.addr(), hosp, uint8(0), common.Hash{}, forTreatment, later}, "HealthBadCategories"},
		{"category bit zero", w.patient, "grantConsent", []any{w.clinic.addr(), hosp, uint8(1), common.Hash{}, forTreatment, later}, "HealthBadCategories"},
		{"another patient's record", w.patient, "grantConsent", []any{w.clinic.addr(), hosp, uint8(0), w.otherXray, forTreatment, later}, "HealthNotYourRecord"},
		{"unknown record", w.patient, "grantConsent", []any{w.clinic.addr(), hosp, uint8(0), common.Hash{9}, forTreatment, later}, "HealthNotYourRecord"},
		{"a record the holder named does not hold", w.patient, "grantConsent", []any{w.clinic.addr(), w.imaging.addr(), uint8(0), w.xray, forTreatment, later}, "HealthNotYourRecord"},
		{"a record without its holder", w.patient, "grantConsent", []any{w.clinic.addr(), common.Address{}, uint8(0), w.xray, forTreatment, later}, "HealthNotYourRecord"},
	})
	if got := w.city.call(w.hc, w.abi, "consentsOf", w.patient.addr())[0].([]*big.Int); len(got) != 3 {
		t.Fatalf("consentsOf: %v", got)
	}
	// The single-record consent names the record's holder.
	c := w.city.call(w.hc, w.abi, "consent", big.NewInt(2))[0].(struct {
		Patient    common.Address `json:"patient"`
		Categories uint8          `json:"categories"`
		Purpose    uint8          `json:"purpose"`
		ExpiresAt  uint64         `json:"expiresAt"`
		RevokedAt  uint64         `json:"revokedAt"`
		Grantee    common.Address `json:"grantee"`
		Holder     common.Address `json:"holder"`
		Record     [32]byte       `json:"record"`
	})
	if c.Holder != hosp || c.Record != w.xray || c.Patient != w.patient.addr() {
		t.Fatalf("consent 2: %+v", c)
	}
	w.run([]healthCase{
		{"revoke another's consent", w.other, "revokeConsent", []any{big.NewInt(1)}, "HealthNotYourConsent"},
		{"revoke by the grantee", w.clinic, "revokeConsent", []any{big.NewInt(1)}, "HealthNotYourConsent"},
		{"revoke an unknown consent", w.patient, "revokeConsent", []any{big.NewInt(99)}, "HealthUnknownConsent"},
		{"patient revokes", w.patient, "revokeConsent", []any{big.NewInt(1)}, ""},
		{"revoke twice", w.patient, "revokeConsent", []any{big.NewInt(1)}, "HealthConsentRevoked"},
	})
}

func TestHealthAccessRules(t *testing.T) {
	w := healthSetup(t)
	imaging := w.grant(w.patient, w.clinic, mask(catImaging), common.Hash{}, forTreatment, 86400)
	oneLab := w.grant(w.patient, w.imaging, 0, w.lab, forTreatment, 86400)
	claim := w.grant(w.patient, w.insurer, mask(catLab), common.Hash{}, forInsurance, 86400)
	revoked := w.grant(w.patient, w.clinic, mask(catLab), common.Hash{}, forTreatment, 86400)
	w.patient.ok(w.hc, w.abi, "revokeConsent", revoked)
	short := w.grant(w.patient, w.imaging, mask(catImaging), common.Hash{}, forTreatment, 60)
	otherPatients := w.grant(w.other, w.clinic, mask(catImaging), common.Hash{}, forTreatment, 86400)
	clinic, insurer, img, hosp := w.clinic.addr(), w.insurer.addr(), w.imaging.addr(), w.hospital.addr()
	w.run([]healthCase{
		{"grantee logs its access", w.clinic, "logAccess", []any{hosp, w.xray, clinic, imaging}, ""},
		{"holder logs the access it served", w.hospital, "logAccess", []any{hosp, w.xray, clinic, imaging}, ""},
		{"one-record consent", w.imaging, "logAccess", []any{hosp, w.lab, img, oneLab}, ""},
		{"insurer for a claim", w.insurer, "logAccess", []any{hosp, w.lab, insurer, claim}, ""},
		{"access without consent", w.clinic, "logAccess", []any{hosp, w.xray, clinic, big.NewInt(0)}, "HealthNoConsent"},
		{"unknown consent", w.clinic, "logAccess", []any{hosp, w.xray, clinic, big.NewInt(99)}, "HealthUnknownConsent"},
		{"category not granted", w.clinic, "logAccess", []any{hosp, w.lab, clinic, imaging}, "HealthCategoryNotGranted"},
		{"another record than consented", w.imaging, "logAccess", []any{hosp, w.xray, img, oneLab}, "HealthCategoryNotGranted"},
		{"another's consent", w.insurer, "logAccess", []any{hosp, w.xray, insurer, imaging}, "HealthConsentNotForAccess"},
		{"another patient's record", w.clinic, "logAccess", []any{hosp, w.otherXray, clinic, imaging}, "HealthConsentNotForAccess"},
		{"another patient's consent", w.clinic, "logAccess", []any{hosp, w.xray, clinic, otherPatients}, "HealthConsentNotForAccess"},
		{"revoked consent", w.clinic, "logAccess", []any{hosp, w.lab, clinic, revoked}, "HealthConsentRevoked"},
		{"unregistered accessor", w.stranger, "logAccess", []any{hosp, w.xray, w.stranger.addr(), imaging}, "HealthProviderNotRegistered"},
		{"unknown record", w.clinic, "logAccess", []any{hosp, common.Hash{9}, clinic, imaging}, "HealthUnknownRecord"},
		{"logged by a third party", w.imaging, "logAccess", []any{hosp, w.xray, clinic, imaging}, "HealthNotPartyToAccess"},
		{"a holder the consent does not name", w.clinic, "logAccess", []any{img, w.xray, clinic, imaging}, "HealthUnknownRecord"},
	})
	t.Run("logged access names patient, accessor, record, holder, consent", func(t *testing.T) {
		ev := event(t, w.hospital.ok(w.hc, w.abi, "logAccess", w.hospital.addr(), w.xray, clinic, imaging), "RecordAccessed")
		if !strings.EqualFold(ev["patient"], w.patient.addr().Hex()) || !strings.EqualFold(ev["accessor"], clinic.Hex()) ||
			!strings.EqualFold(ev["holder"], hosp.Hex()) ||
			ev["consentId"] != imaging.String() || ev["reason"] != "0" || !strings.EqualFold(ev["by"], w.hospital.addr().Hex()) {
			t.Fatalf("RecordAccessed: %v", ev)
		}
	})
	t.Run("expired consent", func(t *testing.T) {
		w.imaging.ok(w.hc, w.abi, "logAccess", w.hospital.addr(), w.xray, img, short)
		if err := w.city.chain.AdjustTime(2 * time.Minute); err != nil {
			t.Fatal(err)
		}
		_, err := w.imaging.send(w.hc, w.abi, "logAccess", w.hospital.addr(), w.xray, img, short)
		reverts(t, err, "HealthConsentExpired", map[string]string{"id": short.String()})
	})
	t.Run("removed grantee", func(t *testing.T) {
		w.city.ok(w.hc, w.abi, "removeProvider", insurer)
		_, err := w.insurer.send(w.hc, w.abi, "logAccess", w.hospital.addr(), w.lab, insurer, claim)
		reverts(t, err, "HealthProviderNotRegistered", nil)
	})
}

func TestHealthBreakGlass(t *testing.T) {
	w := healthSetup(t)
	hosp := w.hospital.addr()
	w.run([]healthCase{
		{"no reason", w.clinic, "breakGlass", []any{hosp, w.xray, uint16(0)}, "HealthNoReason"},
		{"insurer", w.insurer, "breakGlass", []any{hosp, w.xray, uint16(1)}, "HealthNoEmergencyForRole"},
		{"stranger", w.stranger, "breakGlass", []any{hosp, w.xray, uint16(1)}, "HealthProviderNotRegistered"},
		{"unknown record", w.clinic, "breakGlass", []any{hosp, common.Hash{9}, uint16(1)}, "HealthUnknownRecord"},
	})
	ev := event(t, w.clinic.ok(w.hc, w.abi, "breakGlass", w.hospital.addr(), w.xray, uint16(2)), "RecordAccessed")
	if !strings.EqualFold(ev["patient"], w.patient.addr().Hex()) || !strings.EqualFold(ev["holder"], hosp.Hex()) || ev["consentId"] != "0" || ev["reason"] != "2" {
		t.Fatalf("break-glass RecordAccessed: %v", ev)
	}
}

// TestHealthRecordsKeyedByHolder: a record is its holder's hash, so another provider that
// anchors the same hash first (a front-run seen in the pool) neither blocks the holder's
// anchor nor takes its record over: consents, accesses and claims name the holder.
func TestHealthRecordsKeyedByHolder(t *testing.T) {
	w := healthSetup(t)
	scan := sha256.Sum256([]byte("head CT"))
	hosp, clinic := w.hospital.addr(), w.clinic.addr()
	// The clinic front-runs the hospital's anchor of the patient's CT, for another patient.
	w.clinic.ok(w.hc, w.abi, "anchor", w.other.addr(), scan, catImaging)
	w.hospital.ok(w.hc, w.abi, "anchor", w.patient.addr(), scan, catImaging)
	for _, c := range []struct {
		holder  common.Address
		patient *account
	}{{hosp, w.patient}, {clinic, w.other}} {
		r := w.city.call(w.hc, w.abi, "record", c.holder, scan)[0].(struct {
			Provider   common.Address `json:"provider"`
			Category   uint8          `json:"category"`
			AnchoredAt uint64         `json:"anchoredAt"`
			Patient    common.Address `json:"patient"`
		})
		if r.Provider != c.holder || r.Patient != c.patient.addr() {
			t.Fatalf("record of %s: %+v", c.holder.Hex(), r)
		}
	}
	// The patient's consent names the hospital's record; the clinic's copy stays out of it.
	id := w.grant(w.patient, w.imaging, 0, scan, forTreatment, 86400)
	img := w.imaging.addr()
	w.run([]healthCase{
		{"the hospital's record under the patient's consent", w.imaging, "logAccess", []any{hosp, scan, img, id}, ""},
		{"the front-runner's copy under it", w.imaging, "logAccess", []any{clinic, scan, img, id}, "HealthConsentNotForAccess"},
		{"the front-runner logging the access", w.clinic, "logAccess", []any{hosp, scan, img, id}, "HealthNotPartyToAccess"},
		{"the patient's consent to the front-runner's copy", w.patient, "grantConsent",
			[]any{img, clinic, uint8(0), scan, forTreatment, w.city.now() + 86400}, "HealthNotYourRecord"},
		{"the hospital anchoring it again", w.hospital, "anchor", []any{w.patient.addr(), scan, catImaging}, "HealthRecordAlreadyAnchored"},
		{"the clinic anchoring its copy again", w.clinic, "anchor", []any{w.patient.addr(), scan, catImaging}, "HealthRecordAlreadyAnchored"},
	})
}

// TestHealthGaslessConsent: a patient with no gas grants, revokes and files a claim through
// the city's forwarder; the consent and the claim are the signer's, not the relayer's.
func TestHealthGaslessConsent(t *testing.T) {
	w := healthSetup(t)
	chainID, err := w.city.s.Backend().ChainID(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	dom := forwarder.Domain{ChainID: chainID, Forwarder: w.fwd}
	relay := func(method string, args ...any) {
		t.Helper()
		data := mustPackT(t, w.abi, method, args...)
		nonce := w.city.bigCall(w.fwd, w.fwdABI, "nonces", w.patient.addr())
		req := forwarder.Request{From: w.patient.addr(), To: w.hc, Gas: big.NewInt(300_000), Nonce: nonce, Deadline: w.city.now() + 600, Data: data}
		sig, err := dom.Sign(req, w.patient.key)
		if err != nil {
			t.Fatal(err)
		}
		w.relayer.ok(w.fwd, w.fwdABI, "execute", req.Signed(sig))
	}
	relay("grantConsent", w.clinic.addr(), w.hospital.addr(), mask(catImaging), common.Hash{}, forTreatment, w.city.now()+86400)
	ids := w.city.call(w.hc, w.abi, "consentsOf", w.patient.addr())[0].([]*big.Int)
	if len(ids) != 1 || len(w.city.call(w.hc, w.abi, "consentsOf", w.relayer.addr())[0].([]*big.Int)) != 0 {
		t.Fatalf("the relayed consent is not the patient's: %v", ids)
	}
	w.clinic.ok(w.hc, w.abi, "logAccess", w.hospital.addr(), w.xray, w.clinic.addr(), ids[0])
	relay("revokeConsent", ids[0])
	_, err = w.clinic.send(w.hc, w.abi, "logAccess", w.hospital.addr(), w.xray, w.clinic.addr(), ids[0])
	reverts(t, err, "HealthConsentRevoked", nil)

	relay("grantConsent", w.insurer.addr(), w.hospital.addr(), mask(catLab), common.Hash{}, forInsurance, w.city.now()+86400)
	ids = w.city.call(w.hc, w.abi, "consentsOf", w.patient.addr())[0].([]*big.Int)
	relay("fileClaim", w.insurer.addr(), [][32]byte{w.lab}, []*big.Int{ids[1]}, big.NewInt(300_000))
	if c := w.claimOf(big.NewInt(1)); c.Patient != w.patient.addr() || c.Status != 1 || c.AmountClaimed.Int64() != 300_000 {
		t.Fatalf("the relayed claim: %+v", c)
	}
}

// onV2 runs during on the proxy upgraded to the implementation whose records were keyed by
// hash alone (testdata/HealthConsent-v2.{bin,abi}, as built at dc08ae9), with that
// implementation's ABI, then upgrades the proxy back to the current implementation.
func (w *healthWorld) onV2(during func(old *abi.ABI)) {
	t := w.t
	t.Helper()
	abiJSON, err := os.ReadFile("testdata/HealthConsent-v2.abi")
	if err != nil {
		t.Fatal(err)
	}
	oldABI, err := abi.JSON(bytes.NewReader(abiJSON))
	if err != nil {
		t.Fatal(err)
	}
	old, current := previousImpl(t, w.city, w.hc, "HealthConsent-v2.bin", &bind.MetaData{ABI: string(abiJSON)})
	w.city.ok(w.hc, w.abi, "upgradeToAndCall", old, []byte{})
	during(&oldABI)
	w.city.ok(w.hc, &oldABI, "upgradeToAndCall", current, []byte{})
}

// TestHealthRecordsAnchoredBeforeKeyedByHolder: the proxy upgraded from the implementation
// whose records were keyed by hash alone still finds each record so anchored, under the
// holder that anchored it only: the holder cannot anchor it again, another provider may
// anchor the same hash as its own, and the patient's consents and accesses work on it.
func TestHealthRecordsAnchoredBeforeKeyedByHolder(t *testing.T) {
	w := healthSetup(t)
	scan := sha256.Sum256([]byte("head CT"))
	w.onV2(func(old *abi.ABI) {
		w.hospital.ok(w.hc, old, "anchor", w.patient.addr(), scan, catImaging)
	})

	hosp, img := w.hospital.addr(), w.imaging.addr()
	id := w.grant(w.patient, w.imaging, 0, scan, forTreatment, 86400)
	w.run([]healthCase{
		{"access to the record anchored before", w.imaging, "logAccess", []any{hosp, scan, img, id}, ""},
		{"its holder anchoring it again", w.hospital, "anchor", []any{w.patient.addr(), scan, catImaging}, "HealthRecordAlreadyAnchored"},
		{"another holder's record of the same hash", w.imaging, "logAccess", []any{w.clinic.addr(), scan, img, id}, "HealthUnknownRecord"},
		{"another provider anchoring the same hash", w.clinic, "anchor", []any{w.other.addr(), scan, catImaging}, ""},
	})
}

// TestHealthAccessesLoggedBeforeKeyedByHolder: the accesses the implementation before
// records were keyed by their holder logged (RecordAccessed without a holder: another event
// signature) stay in the patient's access log after the upgrade, as `health log` reads it
// (services/health's View), under the holder that anchored the record, in order with those
// logged since; another patient's log holds none of them.
func TestHealthAccessesLoggedBeforeKeyedByHolder(t *testing.T) {
	w := healthSetup(t)
	scan := sha256.Sum256([]byte("head CT"))
	hosp, img, clinic := w.hospital.addr(), w.imaging.addr(), w.clinic.addr()
	var id *big.Int
	w.onV2(func(old *abi.ABI) {
		w.hospital.ok(w.hc, old, "anchor", w.patient.addr(), scan, catImaging)
		r := w.patient.ok(w.hc, old, "grantConsent", img, common.Address{}, uint8(0), scan, forTreatment, w.city.now()+86400)
		id, _ = new(big.Int).SetString(event(t, r, "ConsentGranted")["id"], 10)
		w.imaging.ok(w.hc, old, "logAccess", scan, img, id)
		w.clinic.ok(w.hc, old, "breakGlass", scan, uint16(2))
		w.hospital.ok(w.hc, old, "logAccess", scan, img, id) // the holder's gateway logs it
	})
	w.imaging.ok(w.hc, w.abi, "logAccess", hosp, scan, img, id)

	view, err := health.NewView(w.hc, w.city.s.Backend())
	if err != nil {
		t.Fatal(err)
	}
	got, err := view.AccessLog(context.Background(), w.patient.addr())
	if err != nil {
		t.Fatal(err)
	}
	want := []health.Access{
		{Accessor: img, Role: "imaging", Consent: id.Uint64(), LoggedBy: img},
		{Accessor: clinic, Role: "clinic", Emergency: "life-threatening", LoggedBy: clinic},
		{Accessor: img, Role: "imaging", Consent: id.Uint64(), LoggedBy: hosp},
		{Accessor: img, Role: "imaging", Consent: id.Uint64(), LoggedBy: img},
	}
	if len(got) != len(want) {
		t.Fatalf("the access log after the upgrade has %d lines, want %d: %+v", len(got), len(want), got)
	}
	for i, a := range got {
		want[i].Time, want[i].Tx = a.Time, a.Tx
		want[i].Record, want[i].Category, want[i].Holder = scan, "imaging", hosp
		if a != want[i] {
			t.Errorf("line %d of the access log:\n got %+v\nwant %+v", i+1, a, want[i])
		}
		if i > 0 && a.Time.Before(got[i-1].Time) {
			t.Errorf("line %d logged before line %d", i+1, i)
		}
	}
	if other, err := view.AccessLog(context.Background(), w.other.addr()); err != nil || len(other) != 0 {
		t.Fatalf("another patient's log: %+v, %v", other, err)
	}

	// The relayer's event feed sends them too: health's plug-in decodes the three logged
	// before (plugin.EventDecoder) as today's RecordAccessed, with the holder; today's it
	// leaves to the feed's ABIs.
	ctx := context.Background()
	p := health.Relayer()
	if err := p.Start(ctx, plugin.Host{Chain: w.city.s.Backend(), Contracts: deploy.Addresses{deploy.HealthConsent: w.hc}}); err != nil {
		t.Fatal(err)
	}
	logs, err := w.city.s.Backend().FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int), Addresses: []common.Address{w.hc}})
	if err != nil {
		t.Fatal(err)
	}
	var fed []map[string]string
	for i := range logs {
		ev, ok, err := p.(plugin.EventDecoder).DecodeEvent(ctx, &logs[i])
		if err != nil {
			t.Fatal(err)
		}
		if ok {
			if ev.Name != "RecordAccessed" || ev.TxHash != logs[i].TxHash {
				t.Fatalf("decoded %+v from %+v", ev, logs[i])
			}
			fields := map[string]string{}
			for _, f := range ev.Fields {
				fields[f.Name] = f.Value
			}
			fed = append(fed, fields)
		}
	}
	if len(fed) != 3 {
		t.Fatalf("the feed's decoder took %d logs, want the 3 logged before the upgrade: %v", len(fed), fed)
	}
	for i, f := range fed {
		if f["holder"] != hosp.Hex() || f["patient"] != w.patient.addr().Hex() || f["accessor"] != want[i].Accessor.Hex() || f["by"] != want[i].LoggedBy.Hex() {
			t.Errorf("event %d the feed sends: %v; want holder %s, patient %s, %+v", i+1, f, hosp.Hex(), w.patient.addr().Hex(), want[i])
		}
	}
}
