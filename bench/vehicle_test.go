package bench

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"

	"github.com/seoulchain/seoulchain/bindings/vehicleregistry"
	"github.com/seoulchain/seoulchain/internal/chaintest"
	"github.com/seoulchain/seoulchain/internal/deploy"
	"github.com/seoulchain/seoulchain/services/vehicle"
)

// vehicleBench is a registry whose first account holds every recorder role, and the others
// the inspection centre's (a vehicle keeps at most 100 readings of one recorder).
type vehicleBench struct {
	acc     *chaintest.Account
	centres []*chaintest.Account // acc first
	reg     common.Address
	abi     *abi.ABI
	n       int
}

// perCentre is the most readings of one recorder a vehicle keeps (MAX_READINGS_PER_RECORDER).
const perCentre = 100

// newVehicleBench is the registry with enough inspection centres for readings readings of one
// vehicle.
func newVehicleBench(b *testing.B, readings int) *vehicleBench {
	accs := chaintest.Accounts(b, max(1, (readings+perCentre-1)/perCentre))
	acc := accs[0]
	w := &vehicleBench{acc: acc, centres: accs, reg: acc.Deploy(deploy.VehicleRegistry)[deploy.VehicleRegistry]}
	w.abi, _ = vehicleregistry.VehicleRegistryMetaData.GetAbi()
	for _, r := range vehicle.Roles {
		acc.Must(w.reg, w.abi, "grantRole", vehicle.RoleID(r.Role), acc.Addr())
	}
	for _, c := range accs[1:] {
		acc.Must(w.reg, w.abi, "grantRole", vehicle.RoleID(vehicle.Inspector), c.Addr())
	}
	return w
}

// read records n inspections of vin, perCentre of each centre in turn, in batches.
func (w *vehicleBench) read(vin string, n int) (first vehicleregistry.VehicleRegistryRecord) {
	for i := 0; n > 0; i++ {
		batch := w.inspections(vin, min(n, perCentre))
		if i == 0 {
			first = batch[0]
		}
		w.centres[i].Must(w.reg, w.abi, "recordBatch", batch)
		n -= len(batch)
	}
	return first
}

func benchVIN(i int) string { return fmt.Sprintf("KMHKN81AFNU%06d", i) }

// register registers vehicles from..to-1 in batches of 100 (about 6M gas each: under the sender's fee cap).
func (w *vehicleBench) register(from, to int) {
	for lo := from; lo < to; lo += 100 {
		var regs []vehicleregistry.VehicleRegistryRegistration
		for i := lo; i < min(lo+100, to); i++ {
			regs = append(regs, vehicleregistry.VehicleRegistryRegistration{Id: vehicle.RecordID(common.Address{}, benchVIN(i)), Vin: benchVIN(i),
				At: w.acc.Now() - 86400, OwnerKind: 1})
		}
		w.acc.Must(w.reg, w.abi, "registerBatch", regs)
	}
}

// inspections are n inspections of vin with rising odometer readings.
func (w *vehicleBench) inspections(vin string, n int) []vehicleregistry.VehicleRegistryRecord {
	out := make([]vehicleregistry.VehicleRegistryRecord, n)
	for i := range out {
		w.n++
		out[i] = vehicleregistry.VehicleRegistryRecord{Id: vehicle.RecordID(common.Address{}, fmt.Sprintf("ins %d", w.n)), Vin: vehicle.VINHash(vin),
			Kind: uint8(vehicle.Inspection), At: w.acc.Now() - 3600, Odometer: uint32(1000 * w.n)}
	}
	return out
}

// BenchmarkVehicleRecordGas reports the gas of an inspection record sent alone and in
// recordBatch batches of 10, 100 and 250, per record, as an inspection centre's import sends
// them: one reading of each of many cars, each read by the centre before (and, first=100,
// a batch of cars the centre reads for the first time). Each reading keeps a storage word
// and the centre's count of that car's readings (its index rides in its record's word), so
// that it can be voided and no centre fills a car's list.
func BenchmarkVehicleRecordGas(b *testing.B) {
	const cars = 250
	w := newVehicleBench(b, 1)
	w.register(0, cars+100)
	next := 0
	// inspections are n inspections of the next n cars in turn.
	inspections := func(n int) []vehicleregistry.VehicleRegistryRecord {
		var out []vehicleregistry.VehicleRegistryRecord
		for ; n > 0; n-- {
			r := w.inspections(benchVIN(next%cars), 1)[0]
			r.Odometer = uint32(10_000 + 1000*(next/cars)) // each car's own, plausible
			out = append(out, r)
			next++
		}
		return out
	}
	for i := 0; i < cars; i += 50 {
		w.acc.Must(w.reg, w.abi, "recordBatch", inspections(50))
	}
	b.Run("single", func(b *testing.B) {
		var gas uint64
		for i := 0; i < b.N; i++ {
			gas = w.acc.Must(w.reg, w.abi, "record", inspections(1)[0]).GasUsed
		}
		b.ReportMetric(float64(gas), "gas/record")
	})
	for _, n := range []int{10, 100, 250} {
		b.Run(fmt.Sprintf("batch=%d", n), func(b *testing.B) {
			var gas uint64
			for i := 0; i < b.N; i++ {
				gas = w.acc.Must(w.reg, w.abi, "recordBatch", inspections(n)).GasUsed
			}
			b.ReportMetric(float64(gas)/float64(n), "gas/record")
		})
	}
	b.Run("first=100", func(b *testing.B) {
		var gas uint64
		for i := 0; i < b.N; i++ {
			var batch []vehicleregistry.VehicleRegistryRecord
			for c := cars; c < cars+100; c++ {
				batch = append(batch, w.inspections(benchVIN(c), 1)[0])
				batch[len(batch)-1].Odometer = uint32(10_000 + i)
			}
			gas = w.acc.Must(w.reg, w.abi, "recordBatch", batch).GasUsed
		}
		b.ReportMetric(float64(gas)/100, "gas/record")
	})
}

// BenchmarkVehicleVoidGas reports the gas of voiding a vehicle's first reading (the
// registry office's void record) when the vehicle has 10, 100, 500 and 1,000 readings (the
// most it keeps): a void finds the reading by its index and folds the remaining readings
// again, one storage word each, so it grows with that car's readings only, up to the cap
// (recording a reading stays constant).
func BenchmarkVehicleVoidGas(b *testing.B) {
	for _, readings := range []int{10, 100, 500, 1000} {
		b.Run(fmt.Sprintf("readings=%d", readings), func(b *testing.B) {
			var gas uint64
			for i := 0; i < b.N; i++ {
				w := newVehicleBench(b, readings)
				w.register(0, 1)
				vin := benchVIN(0)
				first := w.read(vin, readings)
				void := vehicleregistry.VehicleRegistryRecord{Id: vehicle.RecordID(common.Address{}, "void"), Vin: vehicle.VINHash(vin),
					Kind: uint8(vehicle.VoidReading), At: w.acc.Now() - 60, Ref: common.BytesToHash(w.acc.Addr().Bytes()), Corrects: first.Id}
				gas = w.acc.Must(w.reg, w.abi, "record", void).GasUsed
			}
			b.ReportMetric(float64(gas), "gas/void")
		})
	}
}

// BenchmarkVehicleHistory reports the time `vehicle history` takes to read and rebuild a
// report from the events (against the simulated backend): a vehicle with 500 records,
// and one vehicle among 100,000 registered ones (with a few records of its own).
func BenchmarkVehicleHistory(b *testing.B) {
	for _, tc := range []struct {
		name           string
		vehicles, recs int
	}{{"records=500", 1, 500}, {"vehicles=100000", 100_000, 5}} {
		b.Run(tc.name, func(b *testing.B) {
			w := newVehicleBench(b, tc.recs)
			start := time.Now()
			w.register(0, tc.vehicles)
			vin := benchVIN(tc.vehicles / 2)
			w.read(vin, tc.recs)
			b.Logf("set up %d vehicles, %d records in %s", tc.vehicles, tc.recs, time.Since(start).Round(time.Second))
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				rep, err := vehicle.Fetch(context.Background(), w.acc.S.Backend(), w.reg, vehicle.VINHash(vin))
				if err != nil {
					b.Fatal(err)
				}
				if int(rep.State().Records) != tc.recs+1 {
					b.Fatalf("report of %d records, want %d", rep.State().Records, tc.recs+1)
				}
			}
		})
	}
}
