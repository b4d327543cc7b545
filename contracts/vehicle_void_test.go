package contracts

import (
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/seoulchain/seoulchain/bindings/vehicleregistry"
	"github.com/seoulchain/seoulchain/services/vehicle"
)

// listedAbove registers v, read at before km 90 days ago, listed by the dealer at listed km
// 30 days ago and read at after km 10 days ago; it returns the listing.
func (w *vehicleWorld) listedAbove(v string, before, listed, after uint32) vehicleregistry.VehicleRegistryRecord {
	w.t.Helper()
	expect(w.t, w.register(w.office, v, false), "")
	expect(w.t, w.send(w.inspector, w.reading(v, before, 90)), "")
	l := w.rec(v, vehicle.Listing, listed, 0, common.Hash{1})
	l.At = w.t0 - 30*vehicleDay
	expect(w.t, w.send(w.dealer, l), "")
	expect(w.t, w.send(w.inspector, w.reading(v, after, 10)), "")
	return l
}

// vehicleCase is one record sent from one account, and the revert expected ("": none).
type vehicleCase struct {
	name   string
	from   *account
	r      vehicleregistry.VehicleRegistryRecord
	revert string
}

// run sends the cases in order, each a subtest.
func (w *vehicleWorld) run(cases []vehicleCase) {
	w.t.Helper()
	for _, tc := range cases {
		w.t.Run(tc.name, func(t *testing.T) {
			expect(t, w.send(tc.from, tc.r), tc.revert)
		})
	}
}

// TestVehicleRevokedRecorderKeepsRollback (found in review): a dealer's listing (90,000 km)
// shows the later inspection (60,000 km) rolled back. The dealer, role revoked or not, cannot
// void its own genuine listing to erase the flag: a void is the registry office's, and a
// correction needs the role of the record's kind. The office, answering for it, can.
func TestVehicleRevokedRecorderKeepsRollback(t *testing.T) {
	w := vehicleSetup(t)
	v := vin(1)
	l := w.listedAbove(v, 50_000, 90_000, 60_000)
	w.odometer(v, true, 60_000, 90_000)
	fix := w.rec(v, vehicle.Listing, 60_000, 0, common.Hash{1})
	fix.At, fix.Corrects = l.At, l.Id
	expect(t, w.send(w.dealer, w.void(v, w.dealer, l.Id)), "VehicleWrongRole")
	w.city.ok(w.reg, w.abi, "revokeRole", vehicle.RoleID(vehicle.Dealer), w.dealer.addr())
	expect(t, w.send(w.dealer, w.void(v, w.dealer, l.Id)), "VehicleWrongRole")
	expect(t, w.send(w.dealer, fix), "VehicleWrongRole")
	w.odometer(v, true, 60_000, 90_000)
	expect(t, w.send(w.office, w.void(v, w.dealer, l.Id)), "")
	w.odometer(v, false, 60_000, 60_000)
	w.sameReport(v)
}

// TestVehicleCorrectionWindow: a recorder's correction replaces its record's reading within
// CORRECTION_WINDOW of recording it; later it is refused (VehicleCorrectionTooLate) and only
// the registry office voids the reading. A correction of a record without a reading has no
// window.
func TestVehicleCorrectionWindow(t *testing.T) {
	w := vehicleSetup(t)
	v := vin(1)
	l := w.listedAbove(v, 10_000, 30_000, 12_000)
	acc := w.rec(v, vehicle.Accident, 0, 1, common.Hash{7})
	expect(t, w.send(w.insurer, acc), "")
	w.odometer(v, true, 12_000, 30_000)
	fix := w.rec(v, vehicle.Listing, 11_000, 0, common.Hash{1})
	fix.At, fix.Corrects = l.At, l.Id
	expect(t, w.send(w.dealer, fix), "") // within the window: the listing's reading is replaced
	w.odometer(v, false, 12_000, 12_000)

	if err := w.city.chain.AdjustTime(31 * 24 * time.Hour); err != nil {
		t.Fatal(err)
	}
	late := w.rec(v, vehicle.Listing, 11_500, 0, common.Hash{1})
	late.At, late.Corrects = fix.At, fix.Id
	accFix := w.rec(v, vehicle.Accident, 0, 2, common.Hash{7})
	accFix.Corrects = acc.Id
	w.run([]vehicleCase{
		{"the dealer corrects its reading after the window", w.dealer, late, "VehicleCorrectionTooLate"},
		{"the insurer corrects a record without a reading", w.insurer, accFix, ""},
		{"the registry office voids the reading", w.office, w.void(v, w.dealer, fix.Id), ""},
	})
	w.odometer(v, false, 12_000, 12_000)
	if s := w.state(v); s.Accidents != 1 {
		t.Fatalf("accidents %d after a correction, want 1", s.Accidents)
	}
	w.sameReport(v)
}

// TestVehicleReadingLimits: a vehicle keeps at most MAX_READINGS_PER_RECORDER readings of one
// recorder and MAX_READINGS in all (VehicleTooManyReadings), so no one recorder can fill a
// car's list and a void's replay stays bounded: the office voids a bogus maximum among the
// most readings a car can hold.
func TestVehicleReadingLimits(t *testing.T) {
	const perRecorder, perVehicle = 100, 1000
	w, more := vehicleSetupWith(t, perVehicle/perRecorder-1)
	v := vin(1)
	expect(t, w.register(w.office, v, false), "")
	km := uint32(10_000)
	batch := func(from *account, n int) {
		t.Helper()
		for n > 0 {
			var rs []vehicleregistry.VehicleRegistryRecord
			for ; n > 0 && len(rs) < 50; n-- {
				km++
				rs = append(rs, w.reading(v, km, 1))
			}
			from.ok(w.reg, w.abi, "recordBatch", rs)
		}
	}
	bogus := w.reading(v, 11_500, 1)
	expect(t, w.send(w.inspector, bogus), "")
	batch(w.inspector, perRecorder-1)
	expect(t, w.send(w.inspector, w.reading(v, km+1, 1)), "VehicleTooManyReadings")
	for _, a := range more {
		w.city.ok(w.reg, w.abi, "grantRole", vehicle.RoleID(vehicle.Inspector), a.addr())
		batch(a, perRecorder)
	}
	if n := len(w.readings(v)); n != perVehicle {
		t.Fatalf("%d readings, want %d", n, perVehicle)
	}
	l := w.rec(v, vehicle.Listing, km+1, 0, common.Hash{1})
	expect(t, w.send(w.dealer, l), "VehicleTooManyReadings")
	r := w.office.ok(w.reg, w.abi, "record", w.void(v, w.inspector, bogus.Id))
	t.Logf("a void among %d readings: %d gas", perVehicle, r.GasUsed)
	if r.GasUsed > 5_000_000 {
		t.Fatalf("a void among %d readings took %d gas", perVehicle, r.GasUsed)
	}
	w.odometer(v, false, km, km) // the readings below the bogus maximum no longer roll it back
}

// TestVehicleRecordsMadeBeforeKeyedByRecorder: the proxy upgraded from the implementation
// whose record IDs were global and whose readings were not kept one by one
// (testdata/VehicleRegistry-v1.bin, as built at dc08ae9) keeps its data working: an old
// record re-imported is skipped, a correction may name one, another recorder's record of
// the same ID is its own; a car's old maximum and rollback flag are a baseline no void
// drops below, and the plausibility bound counts from the old last reading's date.
func TestVehicleRecordsMadeBeforeKeyedByRecorder(t *testing.T) {
	w := vehicleSetup(t)
	old, current := previousImpl(t, w.city, w.reg, "VehicleRegistry-v1.bin", vehicleregistry.VehicleRegistryMetaData)
	w.city.ok(w.reg, w.abi, "upgradeToAndCall", old, []byte{})
	rolled, quiet := vin(1), vin(2)
	for _, v := range []string{rolled, quiet} {
		expect(t, w.register(w.office, v, false), "") // the same selectors then
	}
	oldReading := w.reading(rolled, 120_000, 50)
	for _, r := range []vehicleregistry.VehicleRegistryRecord{w.reading(rolled, 50_000, 100), oldReading, w.reading(rolled, 60_000, 30), w.reading(quiet, 10_000, 300)} {
		expect(t, w.send(w.inspector, r), "")
	}
	acc := w.rec(rolled, vehicle.Accident, 0, 1, common.Hash{7})
	expect(t, w.send(w.insurer, acc), "")
	w.city.ok(w.reg, w.abi, "upgradeToAndCall", current, []byte{})
	w.odometer(rolled, true, 60_000, 120_000)
	records := w.state(rolled).Records

	r := w.inspector.ok(w.reg, w.abi, "recordBatch", []vehicleregistry.VehicleRegistryRecord{oldReading})
	if ev := event(t, r, "RecordSkipped"); ev["id"] != common.Hash(oldReading.Id).Hex() {
		t.Fatalf("RecordSkipped %v", ev)
	}
	accFix := w.rec(rolled, vehicle.Accident, 0, 2, common.Hash{7})
	accFix.Corrects = acc.Id
	sameID := w.rec(rolled, vehicle.Listing, 60_500, 0, common.Hash{1})
	sameID.Id, sameID.At = acc.Id, w.t0-20*vehicleDay
	plausible := w.reading(rolled, 61_000, 10)
	const sinceOld = 10_000 + 2_000*8 + 500*292 // a week and a day at 2,000 km, then 500, from 300 days ago
	tooFar := w.reading(quiet, sinceOld+1, 1)
	w.run([]vehicleCase{
		{"an old record sent again alone", w.inspector, oldReading, "VehicleDuplicateRecord"},
		{"a correction of an old record", w.insurer, accFix, ""},
		{"another recorder's record of an old ID", w.dealer, sameID, ""},
		{"a plausible reading", w.inspector, plausible, ""},
		{"a void of it", w.office, w.void(rolled, w.inspector, plausible.Id), ""},
		{"a void of an old reading", w.office, w.void(rolled, w.inspector, oldReading.Id), "VehicleNoReading"},
		{"a reading implausible since the old last reading", w.inspector, tooFar, "VehicleImplausibleReading"},
		{"one just plausible", w.inspector, w.reading(quiet, sinceOld, 1), ""},
	})
	// The void re-folded over the baseline (120,000, then 60,000) and the dealer's listing:
	// the old maximum and the rollback flag stay.
	w.odometer(rolled, true, 60_500, 120_000)
	if s := w.state(rolled); s.Accidents != 1 || s.Records != records+4 {
		t.Fatalf("state %+v: want 1 accident and %d records", s, records+4)
	}
	if rs := w.readings(rolled); len(rs) != 4 || rs[0].Km != 120_000 || rs[1].Km != 60_000 || rs[0].RecordedAt != 0 || rs[1].Key != [11]byte{} {
		t.Fatalf("readings %+v: want the two baseline readings first", rs)
	}
}
