package contracts

import (
	"context"
	"errors"
	"fmt"
	"math/rand"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/seoulchain/seoulchain/bindings/vehicleregistry"
	"github.com/seoulchain/seoulchain/internal/txsend"
	"github.com/seoulchain/seoulchain/services/vehicle"
)

// TestVehiclePropertyReportEqualsState runs seeded random sequences of records (single and
// batched, from the right recorder or a wrong one, two recorders of some kinds using each
// other's record IDs, repeated record IDs, corrections of random earlier records, odometer
// readings up and down on random dates (some implausible), voids of random readings by the
// registry office (and refused ones by their recorder or someone else), battery moves between cars, scrapping,
// exports and changes of the EV subsidy period). Refused operations are expected
// (they must revert in simulation, never fail otherwise). At the end, the report of each
// vehicle rebuilt from events alone (vehicle.Fetch, as `vehicle history` does) must equal the
// contract's compact state, field by field, and its voided readings the contract's.
func TestVehiclePropertyReportEqualsState(t *testing.T) {
	const sequences, steps = 3, 200
	kinds := []vehicle.Kind{vehicle.Transfer, vehicle.Scrap, vehicle.Export, vehicle.Inspection, vehicle.Listing, vehicle.Accident,
		vehicle.Flood, vehicle.TotalLoss, vehicle.Repair, vehicle.BatteryInstall, vehicle.BatteryRemove, vehicle.BatteryTest, vehicle.VoidReading}
	succeeded := map[string]int{}
	voided, cleared := 0, 0
	for seed := int64(1); seed <= sequences; seed++ {
		t.Run(fmt.Sprintf("seed %d", seed), func(t *testing.T) {
			w := vehicleSetup(t)
			rng := rand.New(rand.NewSource(seed))
			byRole := map[string]*account{vehicle.RegistryOffice: w.office, vehicle.Inspector: w.inspector, vehicle.Dealer: w.dealer,
				vehicle.Insurer: w.insurer, vehicle.Repairer: w.shop, vehicle.BatteryTester: w.tester, vehicle.Recycler: w.recycler}
			// The stranger is a second inspection centre and a second insurer.
			w.city.ok(w.reg, w.abi, "grantRole", vehicle.RoleID(vehicle.Inspector), w.stranger.addr())
			w.city.ok(w.reg, w.abi, "grantRole", vehicle.RoleID(vehicle.Insurer), w.stranger.addr())
			all := []*account{w.office, w.inspector, w.dealer, w.insurer, w.shop, w.tester, w.recycler, w.stranger}
			vins := []string{vin(1), vin(2), vin(3), vin(4)}
			for i, v := range vins {
				expect(t, w.register(w.office, v, i%2 == 0), "")
			}
			packs := []common.Hash{{0xb1}, {0xb2}, {0xb3}}
			for _, p := range packs {
				w.office.ok(w.reg, w.abi, "registerBattery", w.id(), p, passport(w.city.now()))
			}
			type sentID struct {
				from *account
				id   common.Hash
			}
			var ids []sentID
			read := map[common.Hash][]sentID{} // each vehicle's records with a reading
			driven := map[int]uint32{}         // each vehicle's true odometer
			// Records are dated a day apart, step by step, some a few days earlier (out of order).
			start, step := w.city.now()-(steps+10)*vehicleDay, 0
			// random builds one record; the caller sends it alone or in a batch.
			random := func() (*account, vehicleregistry.VehicleRegistryRecord) {
				k := kinds[rng.Intn(len(kinds))]
				if k == vehicle.Scrap && rng.Intn(6) > 0 {
					k = vehicle.Inspection // scrapping ends a car's records: keep it rare
				}
				from := byRole[k.Role()]
				if (k.Role() == vehicle.Inspector || k.Role() == vehicle.Insurer) && rng.Intn(2) == 0 {
					from = w.stranger
				}
				if rng.Intn(8) == 0 {
					from = all[rng.Intn(len(all))]
				}
				n := rng.Intn(len(vins))
				var odo uint32
				if rng.Intn(3) > 0 && k != vehicle.VoidReading {
					driven[n] += uint32(rng.Intn(1_500))
					switch odo = driven[n]; rng.Intn(8) {
					case 0:
						odo -= min(odo, uint32(rng.Intn(5_000))) // rolled back
					case 1:
						odo += uint32(5_000 + rng.Intn(30_000)) // a bogus maximum, plausible or not
					}
				}
				code := uint32(1 + rng.Intn(4)) // valid for every kind; now and then not
				if rng.Intn(10) == 0 {
					code = uint32(rng.Intn(2) * 6)
				}
				if k == vehicle.BatteryTest {
					code = uint32(700 + rng.Intn(300))
				}
				r := w.rec(vins[n], k, odo, code, packs[rng.Intn(len(packs))])
				r.At = start + uint64(step)*vehicleDay
				if rng.Intn(5) == 0 {
					r.At -= uint64(rng.Intn(6)) * vehicleDay
				}
				if len(ids) > 0 && rng.Intn(6) == 0 {
					r.Id = ids[rng.Intn(len(ids))].id // a record sent before, by its sender or another
				}
				if len(ids) > 0 && (rng.Intn(6) == 0 || k == vehicle.VoidReading) {
					earlier := ids[rng.Intn(len(ids))]
					if rs := read[r.Vin]; len(rs) > 0 && (k == vehicle.VoidReading || k == vehicle.Inspection) && rng.Intn(4) > 0 {
						earlier = rs[rng.Intn(len(rs))] // a reading of this vehicle
					}
					r.Corrects = earlier.id
					if k == vehicle.VoidReading {
						r.Ref = common.BytesToHash(earlier.from.addr().Bytes())
						if rng.Intn(3) == 0 {
							from = earlier.from // the reading's recorder voids it
						}
					} else if rng.Intn(2) == 0 {
						from = earlier.from // its recorder corrects it
					}
				}
				return from, r
			}
			for ; step < steps; step++ {
				var err error
				var name string
				var sent []vehicleregistry.VehicleRegistryRecord
				var by *account
				switch op := rng.Intn(10); {
				case op == 0:
					name = "setSubsidyPeriod"
					_, err = w.city.send(w.reg, w.abi, name, uint64(rng.Intn(3))*86400)
				case op < 3:
					name = "recordBatch"
					from, r := random()
					by, sent = from, []vehicleregistry.VehicleRegistryRecord{r}
					for n := rng.Intn(4); n > 0; n-- {
						_, r := random()
						sent = append(sent, r)
					}
					_, err = from.send(w.reg, w.abi, name, sent)
				default:
					from, r := random()
					by, name, sent = from, vehicle.Kind(r.Kind).String(), []vehicleregistry.VehicleRegistryRecord{r}
					before := w.stateOf(r.Vin)
					if err = w.send(from, r); err == nil && before.Flags&^w.stateOf(r.Vin).Flags&uint8(vehicle.FlagOdometerRollback) != 0 {
						cleared++ // a void (or a correction) cleared the rollback flag
					}
				}
				switch {
				case err == nil:
					succeeded[name]++
					for _, r := range sent {
						ids = append(ids, sentID{by, r.Id})
						if r.Odometer != 0 {
							read[r.Vin] = append(read[r.Vin], sentID{by, r.Id})
						}
					}
				case errors.Is(err, txsend.ErrWouldRevert):
				default:
					t.Fatalf("step %d %s: %v", step, name, err)
				}
			}
			for _, v := range vins {
				rep, err := vehicle.Fetch(context.Background(), w.city.S.Backend(), w.reg, vehicle.VINHash(v))
				if err != nil {
					t.Fatal(err)
				}
				if got, want := rep.State(), w.state(v); got != want {
					t.Fatalf("%s: report from events %+v, contract %+v", v, got, want)
				}
				if rep.VIN != v || len(rep.Timeline) != int(rep.State().Records) {
					t.Fatalf("%s: report of %s with %d entries for %d records", v, rep.VIN, len(rep.Timeline), rep.State().Records)
				}
				var fromEvents, onChain []bool
				for _, e := range rep.Timeline {
					if e.Odometer != 0 {
						fromEvents = append(fromEvents, e.VoidedBy != nil)
					}
				}
				for _, o := range w.readings(v) {
					onChain = append(onChain, o.Voided)
					voided += map[bool]int{true: 1}[o.Voided]
				}
				if fmt.Sprint(fromEvents) != fmt.Sprint(onChain) {
					t.Fatalf("%s: voided readings from events %v, on chain %v", v, fromEvents, onChain)
				}
			}
		})
	}
	t.Logf("operations that succeeded: %v", succeeded)
	t.Logf("%d readings voided, %d rollback flags cleared", voided, cleared)
	if cleared == 0 {
		t.Errorf("no rollback flag was cleared in %d sequences: the generator does not reach it", sequences)
	}
	if voided == 0 {
		t.Errorf("no reading was voided in %d sequences: the generator does not reach it", sequences)
	}
	for _, k := range []string{"recordBatch", "setSubsidyPeriod", "inspection", "transfer", "accident", "battery-install", "battery-remove", "battery-test", "export", "void"} {
		if succeeded[k] == 0 {
			t.Errorf("no %s succeeded in %d sequences: the generator does not reach it", k, sequences)
		}
	}
}
