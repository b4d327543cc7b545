package contracts

import (
	"context"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"

	"github.com/seoulchain/seoulchain/bindings/vehicleregistry"
	"github.com/seoulchain/seoulchain/services/vehicle"
)

const vehicleDay = 86400

// reading is an inspection of v reading km, dated daysAgo days before the setup (to the
// second: readings of one day have the same date).
func (w *vehicleWorld) reading(v string, km uint32, daysAgo uint64) vehicleregistry.VehicleRegistryRecord {
	r := w.rec(v, vehicle.Inspection, km, 0, common.Hash{1})
	r.At = w.t0 - daysAgo*vehicleDay
	return r
}

// odometer fails unless the vehicle's odometer state is the one given.
func (w *vehicleWorld) odometer(v string, rollback bool, last, maxKm uint32) {
	w.t.Helper()
	s := w.state(v)
	if got := s.Flags&uint8(vehicle.FlagOdometerRollback) != 0; got != rollback || s.LastOdometer != last || s.MaxOdometer != maxKm {
		w.t.Fatalf("%s: %+v; want rollback %v, last %d, max %d", v, s, rollback, last, maxKm)
	}
}

// readings are the vehicle's readings as the contract keeps them.
func (w *vehicleWorld) readings(v string) []vehicleregistry.VehicleRegistryOdometerReading {
	w.t.Helper()
	out := w.city.call(w.reg, w.abi, "readings", vehicle.VINHash(v))
	return *abi.ConvertType(out[0], new([]vehicleregistry.VehicleRegistryOdometerReading)).(*[]vehicleregistry.VehicleRegistryOdometerReading)
}

// void is the registry office's (or from's) record voiding the reading of record id of by.
func (w *vehicleWorld) void(v string, by *account, id common.Hash) vehicleregistry.VehicleRegistryRecord {
	r := w.rec(v, vehicle.VoidReading, 0, 0, common.BytesToHash(by.addr().Bytes()))
	r.Corrects = id
	return r
}

func TestVehicleOdometerRollbackStays(t *testing.T) {
	w := vehicleSetup(t)
	v := vin(1)
	expect(t, w.register(w.office, v, false), "")
	for i, tc := range []struct {
		km                  uint32
		daysAgo             uint64
		rollback            bool
		wantLast, wantMaxKm uint32
	}{
		{10_000, 100, false, 10_000, 10_000},
		{20_000, 90, false, 20_000, 20_000},
		{20_000, 80, false, 20_000, 20_000}, // the same reading twice is no rollback
		{15_000, 85, false, 20_000, 20_000}, // below the maximum, but dated before it: compared with nothing
		{19_000, 80, true, 19_000, 20_000},  // the maximum's day: recorded (it is a fact) and flagged
		{15_000, 70, true, 15_000, 20_000},
		{30_000, 60, true, 30_000, 30_000}, // the flag stays
	} {
		expect(t, w.send(w.inspector, w.reading(v, tc.km, tc.daysAgo)), "")
		s := w.state(v)
		if got := s.Flags&uint8(vehicle.FlagOdometerRollback) != 0; got != tc.rollback || s.LastOdometer != tc.wantLast || s.MaxOdometer != tc.wantMaxKm {
			t.Fatalf("reading %d (%d km): %+v; want rollback %v, last %d, max %d", i, tc.km, s, tc.rollback, tc.wantLast, tc.wantMaxKm)
		}
		w.sameReport(v)
	}
	// A higher reading dated before the maximum's shows the later maximum rolled back.
	other := vin(2)
	expect(t, w.register(w.office, other, false), "")
	expect(t, w.send(w.inspector, w.reading(other, 10_000, 10)), "")
	expect(t, w.send(w.inspector, w.reading(other, 12_000, 20)), "")
	w.odometer(other, true, 10_000, 12_000)
	w.sameReport(other)
}

// sameReport fails unless the reports rebuilt from events imply the contract's states.
func (w *vehicleWorld) sameReport(vins ...string) []*vehicle.Report {
	w.t.Helper()
	var out []*vehicle.Report
	for _, v := range vins {
		rep, err := vehicle.Fetch(context.Background(), w.city.S.Backend(), w.reg, vehicle.VINHash(v))
		if err != nil {
			w.t.Fatal(err)
		}
		if got, want := rep.State(), w.state(v); got != want {
			w.t.Fatalf("%s: report from events %+v, contract %+v", v, got, want)
		}
		out = append(out, rep)
	}
	return out
}

// TestVehicleImplausibleReading: a reading more than maxKmPerDay a day (plus one day; beyond
// FULL_RATE_SPAN, a quarter of it a day) above the maximum, counted from the maximum
// reading's date, is refused; the city sets the bound.
func TestVehicleImplausibleReading(t *testing.T) {
	w := vehicleSetup(t)
	v := vin(1)
	expect(t, w.register(w.office, v, false), "")
	expect(t, w.send(w.inspector, w.reading(v, 10_000, 30)), "") // the first reading: nothing to compare with
	for _, tc := range []struct {
		name    string
		km      uint32
		daysAgo uint64
		revert  string
	}{
		{"2,000 km a day for a week and a day, 500 beyond, plus one km", 10_000 + 2_000*8 + 500*3 + 1, 20, "VehicleImplausibleReading"},
		{"dated before the maximum: one day's worth", 12_001, 40, "VehicleImplausibleReading"},
		{"2,000 km a day for a week and a day, 500 beyond", 10_000 + 2_000*8 + 500*3, 20, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, w.send(w.inspector, w.reading(v, tc.km, tc.daysAgo)), tc.revert)
		})
	}
	w.odometer(v, false, 27_500, 27_500)
	_, err := w.stranger.send(w.reg, w.abi, "setMaxKmPerDay", uint32(100))
	reverts(t, err, "AccessControlUnauthorizedAccount", nil)
	if got := w.city.call(w.reg, w.abi, "maxKmPerDay")[0].(uint32); got != 2_000 {
		t.Fatalf("maxKmPerDay %d, want the default 2,000", got)
	}
	w.city.ok(w.reg, w.abi, "setMaxKmPerDay", uint32(100))
	expect(t, w.send(w.inspector, w.reading(v, 27_500+100*8+25*3+1, 10)), "VehicleImplausibleReading")
	expect(t, w.send(w.inspector, w.reading(v, 27_500+100*8+25*3, 10)), "")
	// A car last read two years ago takes no jump of 1.46M km: a week at the full rate, then
	// a quarter of it.
	old := vin(2)
	expect(t, w.register(w.office, old, false), "")
	expect(t, w.send(w.inspector, w.reading(old, 10_000, 730)), "")
	expect(t, w.send(w.inspector, w.reading(old, 10_000+100*8+25*723+1, 0)), "VehicleImplausibleReading")
	expect(t, w.send(w.inspector, w.reading(old, 10_000+100*8+25*723, 0)), "")
}

// TestVehicleVoidReading: a bogus maximum no longer spoils the history for good. Voided by
// the registry office (or replaced by its recorder's correction), the maximum returns to the remaining readings'
// and the rollback flag only it caused is cleared; a rollback against a genuine reading
// stays. Only the office may void, once, a record with a reading.
func TestVehicleVoidReading(t *testing.T) {
	w := vehicleSetup(t)
	rogue := w.stranger // a second inspection centre
	w.city.ok(w.reg, w.abi, "grantRole", vehicle.RoleID(vehicle.Inspector), rogue.addr())
	clean, genuine, own := vin(1), vin(2), vin(3)
	for _, v := range []string{clean, genuine, own} {
		expect(t, w.register(w.office, v, false), "")
	}
	// clean: 10,000 km; the rogue's 30,000; then the genuine 12,000 flags a rollback.
	expect(t, w.send(w.inspector, w.reading(clean, 10_000, 30)), "")
	bogus := w.reading(clean, 25_000, 20)
	expect(t, w.send(rogue, bogus), "")
	expect(t, w.send(w.inspector, w.reading(clean, 12_000, 10)), "")
	w.odometer(clean, true, 12_000, 25_000)

	acc := w.rec(clean, vehicle.Accident, 0, 1, common.Hash{7})
	expect(t, w.send(w.insurer, acc), "")
	withKm := w.void(clean, rogue, bogus.Id)
	withKm.Odometer = 1
	dirty := w.void(clean, rogue, bogus.Id)
	dirty.Ref[0] = 1 // not an address
	for _, tc := range []struct {
		name   string
		from   *account
		r      vehicleregistry.VehicleRegistryRecord
		revert string
	}{
		{"another recorder voids it", w.inspector, w.void(clean, rogue, bogus.Id), "VehicleWrongRole"},
		{"a record without a reading", w.office, w.void(clean, w.insurer, acc.Id), "VehicleNoReading"},
		{"no such record", w.office, w.void(clean, rogue, common.Hash{9}), "VehicleNoReading"},
		{"the right record of another vehicle", w.office, w.void(genuine, rogue, bogus.Id), "VehicleNoReading"},
		{"a void carrying a reading", w.office, withKm, "VehicleBadCode"},
		{"a void naming no address", w.office, dirty, "VehicleNoReference"},
		{"the registry office voids it", w.office, w.void(clean, rogue, bogus.Id), ""},
		{"voided again", w.office, w.void(clean, rogue, bogus.Id), "VehicleReadingVoided"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, w.send(tc.from, tc.r), tc.revert)
		})
	}
	w.odometer(clean, false, 12_000, 12_000)

	// genuine: 10,000 then 8,000 is a rollback against a genuine reading: it stays.
	expect(t, w.send(w.inspector, w.reading(genuine, 10_000, 40)), "")
	expect(t, w.send(w.inspector, w.reading(genuine, 8_000, 35)), "")
	bogus = w.reading(genuine, 30_000, 20)
	expect(t, w.send(rogue, bogus), "")
	expect(t, w.send(w.inspector, w.reading(genuine, 12_000, 10)), "")
	expect(t, w.send(w.office, w.void(genuine, rogue, bogus.Id)), "")
	w.odometer(genuine, true, 12_000, 12_000)

	// own: the rogue corrects its own reading (the correction's reading replaces it), or
	// voids it itself.
	expect(t, w.send(w.inspector, w.reading(own, 10_000, 30)), "")
	bogus = w.reading(own, 25_000, 20)
	expect(t, w.send(rogue, bogus), "")
	expect(t, w.send(w.inspector, w.reading(own, 12_000, 10)), "")
	fix := w.reading(own, 11_000, 20)
	fix.Corrects = bogus.Id
	expect(t, w.send(rogue, fix), "")
	w.odometer(own, false, 12_000, 12_000)
	expect(t, w.send(rogue, w.void(own, rogue, fix.Id)), "VehicleWrongRole") // the office's only
	expect(t, w.send(w.office, w.void(own, rogue, fix.Id)), "")
	w.odometer(own, false, 12_000, 12_000)
	// The buyer's report, rebuilt from events, agrees and shows the voided readings as such.
	for i, rep := range w.sameReport(clean, genuine, own) {
		v, voided := rep.VIN, 0
		for _, e := range rep.Timeline {
			if e.VoidedBy != nil {
				voided++
			}
		}
		if want := []int{1, 1, 2}[i]; voided != want {
			t.Fatalf("%s: %d readings shown voided, want %d", v, voided, want)
		}
	}
	if rs := w.readings(own); len(rs) != 4 || !rs[1].Voided || !rs[3].Voided || rs[0].Voided || rs[2].Voided {
		t.Fatalf("readings %+v, want 4, the rogue's two voided", rs)
	}
}

// TestVehicleRecordIDsPerRecorder: record IDs are each recorder's own. A second insurer
// using the first one's ID records its own record (singly or in a batch): it suppresses
// nothing; the same recorder's ID again is a duplicate (refused, or skipped in a batch).
func TestVehicleRecordIDsPerRecorder(t *testing.T) {
	w := vehicleSetup(t)
	second := w.stranger
	w.city.ok(w.reg, w.abi, "grantRole", vehicle.RoleID(vehicle.Insurer), second.addr())
	v := vin(1)
	expect(t, w.register(w.office, v, false), "")
	flood := w.rec(v, vehicle.Flood, 0, 0, common.Hash{8})
	// The second insurer claims the ID first...
	claim := w.rec(v, vehicle.Accident, 0, 1, common.Hash{8})
	claim.Id = flood.Id
	expect(t, w.send(second, claim), "")
	// ...and the first's flood is still recorded, in a batch as alone.
	r := w.insurer.ok(w.reg, w.abi, "recordBatch", []vehicleregistry.VehicleRegistryRecord{flood})
	if ev := event(t, r, "Recorded"); ev["id"] != common.Hash(flood.Id).Hex() {
		t.Fatalf("Recorded %v", ev)
	}
	if s := w.state(v); s.Flags&uint8(vehicle.FlagFlood) == 0 || s.Accidents != 1 || s.Records != 3 {
		t.Fatalf("state %+v: the flood was suppressed", s)
	}
	for _, who := range []*account{w.insurer, second} {
		if !w.city.call(w.reg, w.abi, "recorded", who.addr(), flood.Id)[0].(bool) {
			t.Fatalf("recorded(%s) is false", who.addr())
		}
	}
	if w.city.call(w.reg, w.abi, "recorded", w.dealer.addr(), flood.Id)[0].(bool) {
		t.Fatal("recorded is true for a recorder that never used the ID")
	}
	expect(t, w.send(w.insurer, flood), "VehicleDuplicateRecord")
	r = w.insurer.ok(w.reg, w.abi, "recordBatch", []vehicleregistry.VehicleRegistryRecord{flood})
	if ev := event(t, r, "RecordSkipped"); ev["id"] != common.Hash(flood.Id).Hex() {
		t.Fatalf("RecordSkipped %v", ev)
	}
	// A correction names the sender's own record: the second insurer cannot correct the flood.
	fix := w.rec(v, vehicle.Flood, 0, 0, common.Hash{8})
	fix.Corrects = flood.Id
	expect(t, w.send(second, fix), "VehicleBadCorrection")
	expect(t, w.send(w.insurer, fix), "")
}
