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
// batched, from the right recorder or a wrong one, with repeated record IDs, corrections of
// random earlier records, odometer readings up and down, battery moves between cars,
// scrapping, exports and changes of the EV subsidy period). Refused operations are expected
// (they must revert in simulation, never fail otherwise). At the end, the report of each
// vehicle rebuilt from events alone (vehicle.Fetch, as `vehicle history` does) must equal the
// contract's compact state, field by field.
func TestVehiclePropertyReportEqualsState(t *testing.T) {
	const sequences, steps = 3, 120
	kinds := []vehicle.Kind{vehicle.Transfer, vehicle.Scrap, vehicle.Export, vehicle.Inspection, vehicle.Listing, vehicle.Accident,
		vehicle.Flood, vehicle.TotalLoss, vehicle.Repair, vehicle.BatteryInstall, vehicle.BatteryRemove, vehicle.BatteryTest}
	succeeded := map[string]int{}
	for seed := int64(1); seed <= sequences; seed++ {
		t.Run(fmt.Sprintf("seed %d", seed), func(t *testing.T) {
			w := vehicleSetup(t)
			rng := rand.New(rand.NewSource(seed))
			byRole := map[string]*account{vehicle.RegistryOffice: w.office, vehicle.Inspector: w.inspector, vehicle.Dealer: w.dealer,
				vehicle.Insurer: w.insurer, vehicle.Repairer: w.shop, vehicle.BatteryTester: w.tester, vehicle.Recycler: w.recycler}
			all := []*account{w.office, w.inspector, w.dealer, w.insurer, w.shop, w.tester, w.recycler}
			vins := []string{vin(1), vin(2), vin(3), vin(4)}
			for i, v := range vins {
				expect(t, w.register(w.office, v, i%2 == 0), "")
			}
			packs := []common.Hash{{0xb1}, {0xb2}, {0xb3}}
			for _, p := range packs {
				w.office.ok(w.reg, w.abi, "registerBattery", w.id(), p, passport(w.city.now()))
			}
			var ids []common.Hash
			// random builds one record; the caller sends it alone or in a batch.
			random := func() (*account, vehicleregistry.VehicleRegistryRecord) {
				k := kinds[rng.Intn(len(kinds))]
				if k == vehicle.Scrap && rng.Intn(6) > 0 {
					k = vehicle.Inspection // scrapping ends a car's records: keep it rare
				}
				from := byRole[k.Role()]
				if rng.Intn(8) == 0 {
					from = all[rng.Intn(len(all))]
				}
				var odo uint32
				if rng.Intn(3) > 0 {
					odo = uint32(rng.Intn(200_000))
				}
				code := uint32(1 + rng.Intn(4)) // valid for every kind; now and then not
				if rng.Intn(10) == 0 {
					code = uint32(rng.Intn(2) * 6)
				}
				if k == vehicle.BatteryTest {
					code = uint32(700 + rng.Intn(300))
				}
				r := w.rec(vins[rng.Intn(len(vins))], k, odo, code, packs[rng.Intn(len(packs))])
				if len(ids) > 0 && rng.Intn(6) == 0 {
					r.Id = ids[rng.Intn(len(ids))] // a record sent before
				}
				if len(ids) > 0 && rng.Intn(6) == 0 {
					r.Corrects = ids[rng.Intn(len(ids))]
				}
				return from, r
			}
			for step := 0; step < steps; step++ {
				var err error
				var name string
				var sent []vehicleregistry.VehicleRegistryRecord
				switch op := rng.Intn(10); {
				case op == 0:
					name = "setSubsidyPeriod"
					_, err = w.city.send(w.reg, w.abi, name, uint64(rng.Intn(3))*86400)
				case op < 3:
					name = "recordBatch"
					from, r := random()
					sent = []vehicleregistry.VehicleRegistryRecord{r}
					for n := rng.Intn(4); n > 0; n-- {
						_, r := random()
						sent = append(sent, r)
					}
					_, err = from.send(w.reg, w.abi, name, sent)
				default:
					from, r := random()
					name, sent = vehicle.Kind(r.Kind).String(), []vehicleregistry.VehicleRegistryRecord{r}
					err = w.send(from, r)
				}
				switch {
				case err == nil:
					succeeded[name]++
					for _, r := range sent {
						ids = append(ids, r.Id)
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
			}
		})
	}
	t.Logf("operations that succeeded: %v", succeeded)
	for _, k := range []string{"recordBatch", "setSubsidyPeriod", "inspection", "transfer", "accident", "battery-install", "battery-remove", "battery-test", "export"} {
		if succeeded[k] == 0 {
			t.Errorf("no %s succeeded in %d sequences: the generator does not reach it", k, sequences)
		}
	}
}
