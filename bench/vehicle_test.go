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

// vehicleBench is a registry whose one account holds every recorder role.
type vehicleBench struct {
	acc *chaintest.Account
	reg common.Address
	abi *abi.ABI
	n   int
}

func newVehicleBench(b *testing.B) *vehicleBench {
	acc := chaintest.Accounts(b, 1)[0]
	w := &vehicleBench{acc: acc, reg: acc.Deploy(deploy.VehicleRegistry)[deploy.VehicleRegistry]}
	w.abi, _ = vehicleregistry.VehicleRegistryMetaData.GetAbi()
	for _, r := range vehicle.Roles {
		acc.Must(w.reg, w.abi, "grantRole", vehicle.RoleID(r.Role), acc.Addr())
	}
	return w
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
// recordBatch batches of 10, 100 and 250, per record (the vehicle already has records, as
// an inspection centre's import finds it). Each reading keeps one storage word, so that it
// can be voided: about 62k a reading in a batch.
func BenchmarkVehicleRecordGas(b *testing.B) {
	w := newVehicleBench(b)
	w.register(0, 1)
	vin := benchVIN(0)
	w.acc.Must(w.reg, w.abi, "recordBatch", w.inspections(vin, 1))
	b.Run("single", func(b *testing.B) {
		var gas uint64
		for i := 0; i < b.N; i++ {
			gas = w.acc.Must(w.reg, w.abi, "record", w.inspections(vin, 1)[0]).GasUsed
		}
		b.ReportMetric(float64(gas), "gas/record")
	})
	for _, n := range []int{10, 100, 250} {
		b.Run(fmt.Sprintf("batch=%d", n), func(b *testing.B) {
			var gas uint64
			for i := 0; i < b.N; i++ {
				gas = w.acc.Must(w.reg, w.abi, "recordBatch", w.inspections(vin, n)).GasUsed
			}
			b.ReportMetric(float64(gas)/float64(n), "gas/record")
		})
	}
}

// BenchmarkVehicleVoidGas reports the gas of voiding a vehicle's first reading (the
// registry office's void record) when the vehicle has 10, 100 and 500 readings: a void
// folds the remaining readings again, one storage word each, so it grows with that car's
// readings only (recording a reading stays constant).
func BenchmarkVehicleVoidGas(b *testing.B) {
	for _, readings := range []int{10, 100, 500} {
		b.Run(fmt.Sprintf("readings=%d", readings), func(b *testing.B) {
			var gas uint64
			for i := 0; i < b.N; i++ {
				w := newVehicleBench(b)
				w.register(0, 1)
				vin := benchVIN(0)
				var first vehicleregistry.VehicleRegistryRecord
				for left := readings; left > 0; left -= 250 {
					batch := w.inspections(vin, min(left, 250))
					if left == readings {
						first = batch[0]
					}
					w.acc.Must(w.reg, w.abi, "recordBatch", batch)
				}
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
			w := newVehicleBench(b)
			start := time.Now()
			w.register(0, tc.vehicles)
			vin := benchVIN(tc.vehicles / 2)
			for left := tc.recs; left > 0; left -= 250 {
				w.acc.Must(w.reg, w.abi, "recordBatch", w.inspections(vin, min(left, 250)))
			}
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
