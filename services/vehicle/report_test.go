package vehicle

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/seoulchain/seoulchain/bindings/vehicleregistry"
)

// fakeRegistry answers Fetch's calls and log filters as an upgraded registry would for one
// vehicle: vehicle(), readings() and deployedBlock() from fields, its logs from a list.
type fakeRegistry struct {
	vehicle  vehicleregistry.VehicleRegistryVehicle
	readings []vehicleregistry.VehicleRegistryOdometerReading
	logs     []types.Log
}

func (f *fakeRegistry) CodeAt(context.Context, common.Address, *big.Int) ([]byte, error) {
	return []byte{1}, nil
}

func (f *fakeRegistry) CallContract(_ context.Context, call ethereum.CallMsg, _ *big.Int) ([]byte, error) {
	m, err := registryABI.MethodById(call.Data[:4])
	if err != nil {
		return nil, err
	}
	switch m.Name {
	case "vehicle":
		return m.Outputs.Pack(f.vehicle)
	case "readings":
		return m.Outputs.Pack(f.readings)
	case "deployedBlock":
		return m.Outputs.Pack(uint64(0))
	}
	return nil, fmt.Errorf("unexpected call %s", m.Name)
}

// HeaderByNumber: the head is the last log's block.
func (f *fakeRegistry) HeaderByNumber(context.Context, *big.Int) (*types.Header, error) {
	return &types.Header{Number: new(big.Int).SetUint64(uint64(len(f.logs)))}, nil
}

func (f *fakeRegistry) FilterLogs(_ context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	var out []types.Log
	for _, l := range f.logs {
		if l.Topics[0] == q.Topics[0][0] || len(q.Topics[0]) > 1 && l.Topics[0] == q.Topics[0][1] {
			out = append(out, l)
		}
	}
	return out, nil
}

// reportLogs builds a registration and odometer readings of vin as the registry logs them.
type reportLogs struct {
	t    *testing.T
	vin  common.Hash
	logs []types.Log
}

func (b *reportLogs) add(topics []common.Hash, data []byte) {
	b.logs = append(b.logs, types.Log{Topics: topics, Data: data, BlockNumber: uint64(len(b.logs) + 1)})
}

func (b *reportLogs) register(at uint64, recorder common.Address) {
	data, err := registryABI.Events["Registered"].Inputs.NonIndexed().Pack("KMHKN81AFNU123456", recorder, at, uint8(1), false)
	if err != nil {
		b.t.Fatal(err)
	}
	b.add([]common.Hash{TopicRegistered, b.vin, {1}}, data)
}

func (b *reportLogs) read(id common.Hash, recorder common.Address, at uint64, km uint32) {
	data, err := registryABI.Events["Recorded"].Inputs.NonIndexed().Pack(recorder, at, km, uint32(0), [32]byte{}, [32]byte{})
	if err != nil {
		b.t.Fatal(err)
	}
	b.add([]common.Hash{TopicRecorded, b.vin, id, common.BigToHash(big.NewInt(int64(Inspection)))}, data)
}

// TestReportBaseline: a vehicle read before the registry's upgrade has its old readings as
// a baseline (readings() starting with recordedAt and key zero): the report folds the
// baseline first, as the registry, shows it in text and JSON, counts it in the maximum and
// the rollback flag, and does not fold the old readings' events again. A rollback flagged
// before the upgrade whose car was read higher since (one baseline reading) shows from the
// registry's flag, or, when a reading since raised the flag too, from the old readings'
// events folded as the implementation before the upgrade did; without those events, the
// report says the flag may predate the upgrade.
func TestReportBaseline(t *testing.T) {
	const day = 86400
	t0 := uint64(1_700_000_000)
	centre := common.Address{0xce}
	rollback := uint8(FlagOdometerRollback)
	const flagged, mayPredate = "rollback flagged before the upgrade", "a rollback flag may predate the upgrade"
	for _, tc := range []struct {
		name     string
		old      []uint32 // readings before the upgrade, a day apart from t0+298 days, as logged
		base     []uint32 // the baseline seeded in readings(), dated t0+300 days
		since    []uint32 // readings since the upgrade, a day apart from t0+390 days
		flags    uint8    // vehicle()'s
		max      uint32
		line     string // the "before the upgrade" line; empty: none
		rollback bool
	}{
		{"no baseline", nil, nil, []uint32{61_000}, 0, 61_000, "", false},
		{"a baseline maximum", []uint32{50_000, 120_000, 120_000}, []uint32{120_000}, []uint32{121_000}, 0, 121_000, "max 120,000 km", false},
		{"a baseline rollback seen in its readings", []uint32{50_000, 120_000, 60_000}, []uint32{120_000, 60_000}, []uint32{61_000}, rollback, 120_000,
			"max 120,000 km, " + flagged, true},
		{"a baseline rollback only the flag shows", []uint32{50_000, 40_000, 120_000}, []uint32{120_000}, []uint32{121_000}, rollback, 121_000,
			"max 120,000 km, " + flagged, true},
		// The registry's flag is the fold's too: the old events tell.
		{"a baseline rollback only the old events show, and one since", []uint32{50_000, 40_000, 120_000}, []uint32{120_000}, []uint32{121_000, 100_000}, rollback, 121_000,
			"max 120,000 km, " + flagged, true},
		{"no baseline rollback, one since", []uint32{50_000, 120_000}, []uint32{120_000}, []uint32{121_000, 100_000}, rollback, 121_000,
			"max 120,000 km", true},
		// The node no longer serves the old events: the flag may be either's.
		{"the old events missing, a rollback since", nil, []uint32{120_000}, []uint32{121_000, 100_000}, rollback, 121_000,
			"max 120,000 km, " + mayPredate, true},
		{"the old events missing, no rollback since", nil, []uint32{120_000}, []uint32{121_000}, rollback, 121_000,
			"max 120,000 km, " + flagged, true},
		// Events that do not fold as the registry says (its flag clear) are not believed.
		{"old events against the registry", []uint32{50_000, 40_000, 120_000}, []uint32{120_000}, []uint32{121_000}, 0, 121_000, "max 120,000 km", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			vin := VINHash("KMHKN81AFNU123456")
			b := &reportLogs{t: t, vin: vin}
			b.register(t0, common.Address{0x0f})
			for i, km := range tc.old {
				b.read(common.Hash{byte(i + 1)}, centre, t0+uint64(298+i)*day, km)
			}
			var readings []vehicleregistry.VehicleRegistryOdometerReading
			for _, km := range tc.base {
				readings = append(readings, vehicleregistry.VehicleRegistryOdometerReading{Km: km, At: t0 + 300*day})
			}
			for i, km := range tc.since {
				id, at := common.Hash{byte(9 + i)}, t0+uint64(390+i)*day
				b.read(id, centre, at, km)
				readings = append(readings, vehicleregistry.VehicleRegistryOdometerReading{Km: km, At: at, RecordedAt: t0 + 400*day, Key: [11]byte(RecordKey(centre, id).Bytes())})
			}
			f := &fakeRegistry{vehicle: vehicleregistry.VehicleRegistryVehicle{RegisteredAt: t0, Flags: tc.flags}, readings: readings, logs: b.logs}
			rep, err := Fetch(context.Background(), f, common.Address{0xee}, vin)
			if err != nil {
				t.Fatal(err)
			}
			s := rep.Summary
			if s.MaxOdometer != tc.max || s.OdometerConsistent == tc.rollback || s.LastOdometer != tc.since[len(tc.since)-1] {
				t.Fatalf("summary %+v: want max %d, rollback %v", s, tc.max, tc.rollback)
			}
			var text bytes.Buffer
			if err := rep.Write(&text); err != nil {
				t.Fatal(err)
			}
			js, _ := json.Marshal(rep)
			if has := strings.Contains(text.String(), "before the upgrade"); has != (tc.line != "") || !strings.Contains(text.String(), tc.line+"\n") {
				t.Fatalf("want %q in the report:\n%s", tc.line, text.String())
			}
			if got := strings.Contains(string(js), `"odometerRollbackMayPredate":true`); got != strings.Contains(tc.line, mayPredate) {
				t.Fatalf("odometerRollbackMayPredate %v in JSON %s", got, js)
			}
			if has := strings.Contains(string(js), `"beforeUpgrade"`); has != (tc.line != "") {
				t.Fatalf("beforeUpgrade in JSON %v, want %v: %s", has, tc.line != "", js)
			}
			if tc.line != "" && !strings.Contains(string(js), fmt.Sprintf(`"beforeUpgrade":{"maxOdometerKm":%d`, tc.base[0])) {
				t.Fatalf("JSON %s: want the baseline's maximum", js)
			}
			if len(tc.old) > 0 && !strings.Contains(text.String(), "in its baseline") {
				t.Fatalf("old readings not marked as in the baseline:\n%s", text.String())
			}
		})
	}
}

// movingRegistry is a registry whose chain grows while Fetch reads it: each block's state
// a fakeRegistry (its head the last log's block), one block mined after the call named
// grow. A read without a block number reads the head of the moment.
type movingRegistry struct {
	at   map[uint64]*fakeRegistry
	head uint64
	grow string
}

func (m *movingRegistry) CodeAt(context.Context, common.Address, *big.Int) ([]byte, error) {
	return []byte{1}, nil
}

func (m *movingRegistry) HeaderByNumber(context.Context, *big.Int) (*types.Header, error) {
	return &types.Header{Number: new(big.Int).SetUint64(m.head)}, nil
}

func (m *movingRegistry) block(n *big.Int) *fakeRegistry {
	if n == nil {
		return m.at[m.head]
	}
	return m.at[n.Uint64()]
}

func (m *movingRegistry) CallContract(ctx context.Context, call ethereum.CallMsg, n *big.Int) ([]byte, error) {
	out, err := m.block(n).CallContract(ctx, call, n)
	if meth, _ := registryABI.MethodById(call.Data[:4]); meth != nil && meth.Name == m.grow {
		m.head++
	}
	return out, err
}

func (m *movingRegistry) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	return m.block(q.ToBlock).FilterLogs(ctx, q)
}

// TestFetchOneBlock: a reading mined while Fetch reads (after readings(), before the log
// scan) is left out of the report whole, not shown as a reading from before the upgrade
// (an event with no reading seeded): every read is at the head when Fetch started.
func TestFetchOneBlock(t *testing.T) {
	const day = 86400
	t0, centre := uint64(1_700_000_000), common.Address{0xce}
	vin := VINHash("KMHKN81AFNU123456")
	b := &reportLogs{t: t, vin: vin}
	b.register(t0, common.Address{0x0f})
	reading := func(i int, km uint32) vehicleregistry.VehicleRegistryOdometerReading {
		id, at := common.Hash{byte(9 + i)}, t0+uint64(390+i)*day
		b.read(id, centre, at, km)
		return vehicleregistry.VehicleRegistryOdometerReading{Km: km, At: at, RecordedAt: at, Key: [11]byte(RecordKey(centre, id).Bytes())}
	}
	first := []vehicleregistry.VehicleRegistryOdometerReading{reading(0, 61_000)}
	before := &fakeRegistry{vehicle: vehicleregistry.VehicleRegistryVehicle{RegisteredAt: t0}, readings: first, logs: slices.Clone(b.logs)}
	after := &fakeRegistry{vehicle: before.vehicle, readings: append(slices.Clone(first), reading(1, 62_000)), logs: b.logs}
	m := &movingRegistry{at: map[uint64]*fakeRegistry{uint64(len(before.logs)): before, uint64(len(after.logs)): after}, head: uint64(len(before.logs)), grow: "readings"}
	rep, err := Fetch(context.Background(), m, common.Address{0xee}, vin)
	if err != nil {
		t.Fatal(err)
	}
	var text bytes.Buffer
	if err := rep.Write(&text); err != nil {
		t.Fatal(err)
	}
	if s := rep.Summary; s.LastOdometer != 61_000 || s.BeforeUpgrade != nil || strings.Contains(text.String(), "before the upgrade") || strings.Contains(text.String(), "62,000") {
		t.Fatalf("summary %+v; want the report as of the first block, 61,000 km and no baseline:\n%s", s, text.String())
	}
}
