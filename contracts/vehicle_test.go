package contracts

import (
	"context"
	"fmt"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"

	"github.com/seoulchain/seoulchain/bindings/cityforwarder"
	"github.com/seoulchain/seoulchain/bindings/vehicleregistry"
	"github.com/seoulchain/seoulchain/internal/abidecode"
	"github.com/seoulchain/seoulchain/internal/deploy"
	"github.com/seoulchain/seoulchain/internal/forwarder"
	"github.com/seoulchain/seoulchain/services/vehicle"
)

// vehicleWorld is the registry with one recorder of each kind and a stranger.
type vehicleWorld struct {
	t                                                                *testing.T
	city, office, inspector, dealer, insurer, shop, tester, recycler *account
	stranger                                                         *account
	reg                                                              common.Address
	abi                                                              *abi.ABI
	next                                                             int
	t0                                                               uint64 // the setup's time: readings are dated from it
}

func vehicleSetup(t *testing.T) *vehicleWorld {
	t.Helper()
	w, _ := vehicleSetupWith(t, 0)
	return w
}

// vehicleSetupWith is vehicleSetup with extra funded accounts on the same chain, no role.
func vehicleSetupWith(t *testing.T, extra int) (*vehicleWorld, []*account) {
	t.Helper()
	acc := accounts(t, 9+extra)
	w := &vehicleWorld{t: t, city: acc[0], office: acc[1], inspector: acc[2], dealer: acc[3], insurer: acc[4], shop: acc[5],
		tester: acc[6], recycler: acc[7], stranger: acc[8]}
	w.reg = w.city.Deploy(deploy.VehicleRegistry)[deploy.VehicleRegistry]
	w.t0 = w.city.now()
	var err error
	if w.abi, err = vehicleregistry.VehicleRegistryMetaData.GetAbi(); err != nil {
		t.Fatal(err)
	}
	for _, g := range []struct {
		who  *account
		role string
	}{{w.office, vehicle.RegistryOffice}, {w.inspector, vehicle.Inspector}, {w.dealer, vehicle.Dealer}, {w.insurer, vehicle.Insurer},
		{w.shop, vehicle.Repairer}, {w.tester, vehicle.BatteryTester}, {w.recycler, vehicle.Recycler}} {
		w.city.ok(w.reg, w.abi, "grantRole", vehicle.RoleID(g.role), g.who.addr())
	}
	return w, acc[9:]
}

// id is a fresh record ID.
func (w *vehicleWorld) id() common.Hash {
	w.next++
	return vehicle.RecordID(common.Address{}, fmt.Sprintf("record %d", w.next))
}

// vin is the n-th test VIN (Korean: no check digit).
func vin(n int) string { return fmt.Sprintf("KMHKN81AFNU%06d", n) }

func (w *vehicleWorld) register(from *account, v string, subsidized bool) error {
	w.t.Helper()
	_, err := from.send(w.reg, w.abi, "register", vehicleregistry.VehicleRegistryRegistration{
		Id: w.id(), Vin: v, At: w.city.now() - 86400, OwnerKind: 1, Subsidized: subsidized})
	return err
}

// rec is a record of kind for the vehicle v, dated a day ago.
func (w *vehicleWorld) rec(v string, kind vehicle.Kind, odometer, code uint32, ref common.Hash) vehicleregistry.VehicleRegistryRecord {
	return vehicleregistry.VehicleRegistryRecord{Id: w.id(), Vin: vehicle.VINHash(v), Kind: uint8(kind), At: w.city.now() - 86400,
		Odometer: odometer, Code: code, Ref: ref}
}

func (w *vehicleWorld) send(from *account, r vehicleregistry.VehicleRegistryRecord) error {
	w.t.Helper()
	_, err := from.send(w.reg, w.abi, "record", r)
	return err
}

func (w *vehicleWorld) state(v string) vehicleregistry.VehicleRegistryVehicle {
	w.t.Helper()
	return w.stateOf(vehicle.VINHash(v))
}

func (w *vehicleWorld) stateOf(vinHash common.Hash) vehicleregistry.VehicleRegistryVehicle {
	w.t.Helper()
	out := w.city.call(w.reg, w.abi, "vehicle", vinHash)
	return *abi.ConvertType(out[0], new(vehicleregistry.VehicleRegistryVehicle)).(*vehicleregistry.VehicleRegistryVehicle)
}

func (w *vehicleWorld) pack(id common.Hash) vehicleregistry.VehicleRegistryBattery {
	w.t.Helper()
	out := w.city.call(w.reg, w.abi, "batteryPack", id)
	return *abi.ConvertType(out[0], new(vehicleregistry.VehicleRegistryBattery)).(*vehicleregistry.VehicleRegistryBattery)
}

// expect fails unless err is the revert named (or nil for "").
func expect(t *testing.T, err error, revert string) {
	t.Helper()
	if revert == "" {
		if err != nil {
			t.Fatal(err)
		}
		return
	}
	reverts(t, err, revert, nil)
}

func TestVehicleRegistration(t *testing.T) {
	w := vehicleSetup(t)
	now := w.city.now()
	good := vehicleregistry.VehicleRegistryRegistration{Id: w.id(), Vin: vin(1), At: now - 10, OwnerKind: 1}
	for _, tc := range []struct {
		name   string
		from   *account
		reg    func(r *vehicleregistry.VehicleRegistryRegistration)
		revert string
	}{
		{"registry office registers", w.office, func(*vehicleregistry.VehicleRegistryRegistration) {}, ""},
		{"the same record ID again", w.office, func(r *vehicleregistry.VehicleRegistryRegistration) { r.Vin = vin(2) }, "VehicleDuplicateRecord"},
		{"the same VIN again", w.office, func(r *vehicleregistry.VehicleRegistryRegistration) { r.Id = w.id() }, "VehicleAlreadyRegistered"},
		{"an inspector registers", w.inspector, func(r *vehicleregistry.VehicleRegistryRegistration) { r.Id, r.Vin = w.id(), vin(3) }, "AccessControlUnauthorizedAccount"},
		{"16 characters", w.office, func(r *vehicleregistry.VehicleRegistryRegistration) { r.Id, r.Vin = w.id(), vin(3)[1:] }, "VehicleMalformedVin"},
		{"letter O", w.office, func(r *vehicleregistry.VehicleRegistryRegistration) { r.Id, r.Vin = w.id(), "KMHKN81AFNO000003" }, "VehicleMalformedVin"},
		{"lower case", w.office, func(r *vehicleregistry.VehicleRegistryRegistration) { r.Id, r.Vin = w.id(), "kmhkn81afnu000003" }, "VehicleMalformedVin"},
		{"owner kind 5", w.office, func(r *vehicleregistry.VehicleRegistryRegistration) { r.Id, r.Vin, r.OwnerKind = w.id(), vin(3), 5 }, "VehicleBadCode"},
		{"dated tomorrow", w.office, func(r *vehicleregistry.VehicleRegistryRegistration) { r.Id, r.Vin, r.At = w.id(), vin(3), now+86400 }, "VehicleBadDate"},
		{"no date", w.office, func(r *vehicleregistry.VehicleRegistryRegistration) { r.Id, r.Vin, r.At = w.id(), vin(3), 0 }, "VehicleBadDate"},
		{"zero record ID", w.office, func(r *vehicleregistry.VehicleRegistryRegistration) { r.Id, r.Vin = common.Hash{}, vin(3) }, "VehicleZeroRecordId"},
		{"a second vehicle", w.office, func(r *vehicleregistry.VehicleRegistryRegistration) { r.Id, r.Vin = w.id(), vin(3) }, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := good
			tc.reg(&r)
			_, err := tc.from.send(w.reg, w.abi, "register", r)
			expect(t, err, tc.revert)
		})
	}
	if n := w.city.call(w.reg, w.abi, "vehicleCount")[0].(uint64); n != 2 {
		t.Fatalf("vehicleCount %d, want 2", n)
	}
	if s := w.state(vin(1)); s.RegisteredAt != now-10 || s.Owners != 1 || s.OwnerKind != 1 || s.Records != 1 {
		t.Fatalf("state %+v", s)
	}
}

// TestVehicleRecordRules: each recorder records its own kinds only, and every malformed
// record is refused by name with nothing changed.
func TestVehicleRecordRules(t *testing.T) {
	w := vehicleSetup(t)
	v := vin(1)
	expect(t, w.register(w.office, v, false), "")
	doc := common.HexToHash("0x5e")
	dup := w.rec(v, vehicle.Inspection, 1000, 0, doc)
	expect(t, w.send(w.inspector, dup), "")
	for _, tc := range []struct {
		name   string
		from   *account
		r      vehicleregistry.VehicleRegistryRecord
		revert string
	}{
		{"office: transfer", w.office, w.rec(v, vehicle.Transfer, 0, 2, common.Hash{}), ""},
		{"inspector: inspection", w.inspector, w.rec(v, vehicle.Inspection, 2000, 5, doc), ""},
		{"dealer: listing", w.dealer, w.rec(v, vehicle.Listing, 2500, 0, doc), ""},
		{"insurer: accident", w.insurer, w.rec(v, vehicle.Accident, 0, 3, doc), ""},
		{"shop: repair", w.shop, w.rec(v, vehicle.Repair, 2600, 0x11, doc), ""},
		{"dealer: inspection", w.dealer, w.rec(v, vehicle.Inspection, 3000, 0, doc), "VehicleWrongRole"},
		{"inspector: transfer", w.inspector, w.rec(v, vehicle.Transfer, 0, 1, common.Hash{}), "VehicleWrongRole"},
		{"shop: accident", w.shop, w.rec(v, vehicle.Accident, 0, 1, doc), "VehicleWrongRole"},
		{"insurer: repair", w.insurer, w.rec(v, vehicle.Repair, 0, 1, doc), "VehicleWrongRole"},
		{"tester: flood", w.tester, w.rec(v, vehicle.Flood, 0, 0, doc), "VehicleWrongRole"},
		{"stranger: inspection", w.stranger, w.rec(v, vehicle.Inspection, 3000, 0, doc), "VehicleWrongRole"},
		{"kind 0", w.office, w.rec(v, 0, 0, 0, doc), "VehicleUnknownKind"},
		{"kind 14 (second life has its own call)", w.recycler, w.rec(v, vehicle.SecondLife, 0, 0, doc), "VehicleUnknownKind"},
		{"unknown vehicle", w.inspector, w.rec(vin(9), vehicle.Inspection, 3000, 0, doc), "VehicleUnknown"},
		{"duplicate record ID", w.inspector, dup, "VehicleDuplicateRecord"},
		{"zero record ID", w.inspector, func() vehicleregistry.VehicleRegistryRecord {
			r := w.rec(v, vehicle.Inspection, 3000, 0, doc)
			r.Id = common.Hash{}
			return r
		}(), "VehicleZeroRecordId"},
		{"inspection without odometer", w.inspector, w.rec(v, vehicle.Inspection, 0, 0, doc), "VehicleNoOdometer"},
		{"listing without odometer", w.dealer, w.rec(v, vehicle.Listing, 0, 0, doc), "VehicleNoOdometer"},
		{"listing without the 성능·상태점검 hash", w.dealer, w.rec(v, vehicle.Listing, 3000, 0, common.Hash{}), "VehicleNoReference"},
		{"accident cost band 6", w.insurer, w.rec(v, vehicle.Accident, 0, 6, doc), "VehicleBadCode"},
		{"accident without band", w.insurer, w.rec(v, vehicle.Accident, 0, 0, doc), "VehicleBadCode"},
		{"transfer to owner kind 0", w.office, w.rec(v, vehicle.Transfer, 0, 0, common.Hash{}), "VehicleBadCode"},
		{"repair without parts", w.shop, w.rec(v, vehicle.Repair, 0, 0, doc), "VehicleBadCode"},
		{"dated tomorrow", w.inspector, func() vehicleregistry.VehicleRegistryRecord {
			r := w.rec(v, vehicle.Inspection, 3000, 0, doc)
			r.At = w.city.now() + 86400
			return r
		}(), "VehicleBadDate"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			before := w.state(v)
			err := w.send(tc.from, tc.r)
			expect(t, err, tc.revert)
			if tc.revert != "" && w.state(v) != before {
				t.Fatalf("a refused record changed the state: %+v → %+v", before, w.state(v))
			}
		})
	}
	if s := w.state(v); s.Owners != 2 || s.OwnerKind != 2 || s.Accidents != 1 || s.Records != 7 || s.LastOdometer != 2600 {
		t.Fatalf("state %+v", s)
	}
}

// TestVehicleFlagsAndCorrections: flood and total loss stay; a correction points to an
// earlier record of the same vehicle and kind and counts nothing twice.
func TestVehicleFlagsAndCorrections(t *testing.T) {
	w := vehicleSetup(t)
	v, other := vin(1), vin(2)
	expect(t, w.register(w.office, v, false), "")
	expect(t, w.register(w.office, other, false), "")
	acc := w.rec(v, vehicle.Accident, 0, 2, common.Hash{7})
	expect(t, w.send(w.insurer, acc), "")
	fix := w.rec(v, vehicle.Accident, 0, 4, common.Hash{7})
	fix.Corrects = acc.Id
	expect(t, w.send(w.insurer, fix), "")
	if s := w.state(v); s.Accidents != 1 {
		t.Fatalf("a corrected accident counted twice: %+v", s)
	}
	for _, tc := range []struct {
		name     string
		from     *account
		kind     vehicle.Kind
		vin      string
		corrects common.Hash
	}{
		{"unknown record", w.insurer, vehicle.Accident, v, common.Hash{9}},
		{"another vehicle's record", w.insurer, vehicle.Accident, other, acc.Id},
		{"a record of another kind", w.insurer, vehicle.Flood, v, acc.Id},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := w.rec(tc.vin, tc.kind, 0, 1, common.Hash{7})
			r.Corrects = tc.corrects
			expect(t, w.send(tc.from, r), "VehicleBadCorrection")
		})
	}
	expect(t, w.send(w.insurer, w.rec(v, vehicle.Flood, 0, 0, common.Hash{8})), "")
	expect(t, w.send(w.insurer, w.rec(v, vehicle.TotalLoss, 0, 0, common.Hash{8})), "")
	expect(t, w.send(w.office, w.rec(v, vehicle.Transfer, 0, 3, common.Hash{})), "")
	s := w.state(v)
	want := uint8(vehicle.FlagFlood | vehicle.FlagTotalLoss)
	if s.Flags != want || s.Owners != 2 || s.OwnerKind != 3 {
		t.Fatalf("state %+v, want flags %d", s, want)
	}
}

func TestVehicleExportWithinSubsidyPeriod(t *testing.T) {
	w := vehicleSetup(t)
	ev, plain, late := vin(1), vin(2), vin(3)
	for _, tc := range []struct {
		v          string
		subsidized bool
	}{{ev, true}, {plain, false}, {late, true}} {
		expect(t, w.register(w.office, tc.v, tc.subsidized), "")
	}
	expect(t, w.send(w.office, w.rec(ev, vehicle.Export, 0, 0, common.Hash{})), "")
	expect(t, w.send(w.office, w.rec(plain, vehicle.Export, 0, 0, common.Hash{})), "")
	_, err := w.stranger.send(w.reg, w.abi, "setSubsidyPeriod", uint64(0))
	reverts(t, err, "AccessControlUnauthorizedAccount", nil)
	w.city.ok(w.reg, w.abi, "setSubsidyPeriod", uint64(3600)) // the car was registered a day ago
	exp := w.rec(late, vehicle.Export, 0, 0, common.Hash{})
	exp.At = w.city.now() // a day after its registration
	expect(t, w.send(w.office, exp), "")
	for _, tc := range []struct {
		v    string
		want uint8
	}{
		{ev, uint8(vehicle.FlagExported | vehicle.FlagExportInSubsidyPeriod)},
		{plain, uint8(vehicle.FlagExported)},
		{late, uint8(vehicle.FlagExported)},
	} {
		if s := w.state(tc.v); s.Flags != tc.want {
			t.Fatalf("%s flags %d, want %d", tc.v, s.Flags, tc.want)
		}
	}
}

// passport is a valid battery passport.
func passport(now uint64) vehicleregistry.VehicleRegistryPassport {
	return vehicleregistry.VehicleRegistryPassport{Maker: 101, Chemistry: 1, CapacityWh: 77_400, ManufacturedAt: now - 86400*30,
		CarbonClass: 2, RecycledCobalt: 160, RecycledLithium: 60, RecycledNickel: 60}
}

func TestBatteryPassport(t *testing.T) {
	w := vehicleSetup(t)
	now := w.city.now()
	pack := common.Hash{0xba}
	for _, tc := range []struct {
		name   string
		from   *account
		pack   common.Hash
		edit   func(p *vehicleregistry.VehicleRegistryPassport)
		revert string
	}{
		{"zero maker", w.office, pack, func(p *vehicleregistry.VehicleRegistryPassport) { p.Maker = 0 }, "BatteryBadPassport"},
		{"chemistry 7", w.office, pack, func(p *vehicleregistry.VehicleRegistryPassport) { p.Chemistry = 7 }, "BatteryBadPassport"},
		{"no capacity", w.office, pack, func(p *vehicleregistry.VehicleRegistryPassport) { p.CapacityWh = 0 }, "BatteryBadPassport"},
		{"made tomorrow", w.office, pack, func(p *vehicleregistry.VehicleRegistryPassport) { p.ManufacturedAt = now + 86400 }, "BatteryBadPassport"},
		{"carbon class 6", w.office, pack, func(p *vehicleregistry.VehicleRegistryPassport) { p.CarbonClass = 6 }, "BatteryBadPassport"},
		{"recycled cobalt over 100%", w.office, pack, func(p *vehicleregistry.VehicleRegistryPassport) { p.RecycledCobalt = 1001 }, "BatteryBadPassport"},
		{"recycled lithium over 100%", w.office, pack, func(p *vehicleregistry.VehicleRegistryPassport) { p.RecycledLithium = 1001 }, "BatteryBadPassport"},
		{"recycled nickel over 100%", w.office, pack, func(p *vehicleregistry.VehicleRegistryPassport) { p.RecycledNickel = 1001 }, "BatteryBadPassport"},
		{"zero pack ID", w.office, common.Hash{}, func(*vehicleregistry.VehicleRegistryPassport) {}, "BatteryUnknown"},
		{"a shop registers", w.shop, pack, func(*vehicleregistry.VehicleRegistryPassport) {}, "AccessControlUnauthorizedAccount"},
		{"registry office registers", w.office, pack, func(*vehicleregistry.VehicleRegistryPassport) {}, ""},
		{"registered twice", w.office, pack, func(*vehicleregistry.VehicleRegistryPassport) {}, "BatteryAlreadyRegistered"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := passport(now)
			tc.edit(&p)
			_, err := tc.from.send(w.reg, w.abi, "registerBattery", w.id(), tc.pack, p)
			expect(t, err, tc.revert)
		})
	}
	if b := w.pack(pack); b.Status != 1 || b.Passport != passport(now) {
		t.Fatalf("pack %+v", b)
	}
}

// TestBatteryLifecycle follows a pack from one car to another, to second life and to
// recycling, with every refusal on the way.
func TestBatteryLifecycle(t *testing.T) {
	w := vehicleSetup(t)
	a, b := vin(1), vin(2)
	expect(t, w.register(w.office, a, true), "")
	expect(t, w.register(w.office, b, true), "")
	now := w.city.now()
	pack, spare, ghost := common.Hash{0xa1}, common.Hash{0xa2}, common.Hash{0xa3}
	for _, p := range []common.Hash{pack, spare} {
		w.office.ok(w.reg, w.abi, "registerBattery", w.id(), p, passport(now))
	}
	secondLife := func(from *account, p common.Hash) error {
		_, err := from.send(w.reg, w.abi, "secondLife", w.id(), p, now-10, uint8(1), w.stranger.addr())
		return err
	}
	recycle := func(from *account, p common.Hash) error {
		_, err := from.send(w.reg, w.abi, "recycle", w.id(), p, now-10, uint32(4_100), uint32(23_000), uint32(2_900))
		return err
	}
	for _, tc := range []struct {
		name   string
		do     func() error
		revert string
	}{
		{"install an unknown pack", func() error { return w.send(w.office, w.rec(a, vehicle.BatteryInstall, 0, 0, ghost)) }, "BatteryUnknown"},
		{"an insurer installs", func() error { return w.send(w.insurer, w.rec(a, vehicle.BatteryInstall, 0, 0, pack)) }, "VehicleWrongRole"},
		{"office installs in car A", func() error { return w.send(w.office, w.rec(a, vehicle.BatteryInstall, 0, 0, pack)) }, ""},
		{"the same pack in car B", func() error { return w.send(w.shop, w.rec(b, vehicle.BatteryInstall, 0, 0, pack)) }, "BatteryInstalledElsewhere"},
		{"a second pack in car A", func() error { return w.send(w.shop, w.rec(a, vehicle.BatteryInstall, 0, 0, spare)) }, "VehicleHasBattery"},
		{"tester reads 96.5%", func() error { return w.send(w.tester, w.rec(a, vehicle.BatteryTest, 0, 965, pack)) }, ""},
		{"a reading over 100%", func() error { return w.send(w.tester, w.rec(a, vehicle.BatteryTest, 0, 1001, pack)) }, "VehicleBadCode"},
		{"a reading of the pack under car B", func() error { return w.send(w.tester, w.rec(b, vehicle.BatteryTest, 0, 900, pack)) }, "BatteryNotInstalled"},
		{"a reading out of any car of an installed pack", func() error {
			r := w.rec(a, vehicle.BatteryTest, 0, 900, pack)
			r.Vin = common.Hash{}
			return w.send(w.tester, r)
		}, "BatteryInstalledElsewhere"},
		{"second life while installed", func() error { return secondLife(w.recycler, pack) }, "BatteryInstalledElsewhere"},
		{"recycled while installed", func() error { return recycle(w.recycler, pack) }, "BatteryInstalledElsewhere"},
		{"removed from car B", func() error { return w.send(w.shop, w.rec(b, vehicle.BatteryRemove, 0, 0, pack)) }, "BatteryNotInstalled"},
		{"shop removes from car A", func() error { return w.send(w.shop, w.rec(a, vehicle.BatteryRemove, 0, 0, pack)) }, ""},
		{"shop installs it in car B", func() error { return w.send(w.shop, w.rec(b, vehicle.BatteryInstall, 0, 0, pack)) }, ""},
		{"car B scrapped", func() error { return w.send(w.office, w.rec(b, vehicle.Scrap, 0, 0, common.Hash{})) }, ""},
		{"an inspection of a scrapped car", func() error { return w.send(w.inspector, w.rec(b, vehicle.Inspection, 5000, 0, common.Hash{})) }, "VehicleScrapped"},
		{"a pack tested in a scrapped car", func() error { return w.send(w.tester, w.rec(b, vehicle.BatteryTest, 0, 800, pack)) }, "VehicleScrapped"},
		{"recycler removes it from the scrapped car", func() error { return w.send(w.recycler, w.rec(b, vehicle.BatteryRemove, 0, 0, pack)) }, ""},
		{"a reading out of any car", func() error {
			r := w.rec(b, vehicle.BatteryTest, 0, 780, pack)
			r.Vin = common.Hash{}
			return w.send(w.tester, r)
		}, ""},
		{"second life by a shop", func() error { return secondLife(w.shop, pack) }, "AccessControlUnauthorizedAccount"},
		{"second life", func() error { return secondLife(w.recycler, pack) }, ""},
		{"second life twice", func() error { return secondLife(w.recycler, pack) }, "BatteryInSecondLife"},
		{"a second-life pack back in a car", func() error { return w.send(w.shop, w.rec(a, vehicle.BatteryInstall, 0, 0, pack)) }, "BatteryInSecondLife"},
		{"recycled", func() error { return recycle(w.recycler, pack) }, ""},
		{"recycled twice", func() error { return recycle(w.recycler, pack) }, "BatteryAlreadyRecycled"},
		{"a recycled pack in a car", func() error { return w.send(w.shop, w.rec(a, vehicle.BatteryInstall, 0, 0, pack)) }, "BatteryAlreadyRecycled"},
		{"a recycled pack tested", func() error {
			r := w.rec(a, vehicle.BatteryTest, 0, 700, pack)
			r.Vin = common.Hash{}
			return w.send(w.tester, r)
		}, "BatteryAlreadyRecycled"},
		{"a recycled pack in second life", func() error { return secondLife(w.recycler, pack) }, "BatteryAlreadyRecycled"},
		{"the spare in car A", func() error { return w.send(w.shop, w.rec(a, vehicle.BatteryInstall, 0, 0, spare)) }, ""},
	} {
		t.Run(tc.name, func(t *testing.T) { expect(t, tc.do(), tc.revert) })
	}
	p := w.pack(pack)
	if p.Status != 4 || p.Soh != 780 || p.LithiumG != 4_100 || p.NickelG != 23_000 || p.CobaltG != 2_900 || p.Operator != w.stranger.addr() || p.Use != 1 {
		t.Fatalf("pack %+v", p)
	}
	if s := w.state(a); s.Battery != spare {
		t.Fatalf("car A battery %x, want the spare", s.Battery)
	}
	if s := w.state(b); s.Battery != (common.Hash{}) || s.Flags != uint8(vehicle.FlagScrapped) {
		t.Fatalf("car B %+v", s)
	}
}

// TestVehicleBatches: a batch skips records sent before (RecordSkipped) and records the
// rest; any other problem refuses the whole batch.
func TestVehicleBatches(t *testing.T) {
	w := vehicleSetup(t)
	v := vin(1)
	regs := []vehicleregistry.VehicleRegistryRegistration{{Id: w.id(), Vin: v, At: w.city.now() - 100, OwnerKind: 1}}
	w.office.ok(w.reg, w.abi, "registerBatch", regs)
	regs = append(regs, vehicleregistry.VehicleRegistryRegistration{Id: w.id(), Vin: vin(2), At: w.city.now() - 100, OwnerKind: 2})
	if ev := event(t, w.office.ok(w.reg, w.abi, "registerBatch", regs), "RecordSkipped"); ev["id"] != common.Hash(regs[0].Id).Hex() {
		t.Fatalf("RecordSkipped %v", ev)
	}
	first := w.rec(v, vehicle.Inspection, 1_000, 0, common.Hash{})
	expect(t, w.send(w.inspector, first), "")
	batch := []vehicleregistry.VehicleRegistryRecord{first, w.rec(v, vehicle.Inspection, 2_000, 0, common.Hash{}), w.rec(v, vehicle.Inspection, 3_000, 0, common.Hash{})}
	r := w.inspector.ok(w.reg, w.abi, "recordBatch", batch)
	if ev := event(t, r, "RecordSkipped"); ev["id"] != common.Hash(first.Id).Hex() {
		t.Fatalf("RecordSkipped %v", ev)
	}
	if s := w.state(v); s.Records != 4 || s.LastOdometer != 3_000 {
		t.Fatalf("state %+v", s)
	}
	bad := []vehicleregistry.VehicleRegistryRecord{w.rec(v, vehicle.Inspection, 4_000, 0, common.Hash{}), w.rec(v, vehicle.Inspection, 0, 0, common.Hash{})}
	_, err := w.inspector.send(w.reg, w.abi, "recordBatch", bad)
	reverts(t, err, "VehicleNoOdometer", nil)
	_, err = w.inspector.send(w.reg, w.abi, "recordBatch", []vehicleregistry.VehicleRegistryRecord{})
	reverts(t, err, "VehicleEmptyBatch", nil)
	_, err = w.office.send(w.reg, w.abi, "registerBatch", []vehicleregistry.VehicleRegistryRegistration{})
	reverts(t, err, "VehicleEmptyBatch", nil)
	if s := w.state(v); s.Records != 4 {
		t.Fatalf("a refused batch changed the state: %+v", s)
	}
}

// TestVehicleThroughTheForwarder: a recorder's back office signs an ERC-2771 ForwardRequest
// for a batch and someone else (the relayer) pays; the registry records and checks the
// signer. A signer without the role is refused with the registry's own error (what the
// relayer's simulation reports), and only the admin may replace the forwarder.
func TestVehicleThroughTheForwarder(t *testing.T) {
	w := vehicleSetup(t)
	v := vin(1)
	expect(t, w.register(w.office, v, false), "")
	fwdAddr := common.Address(w.city.call(w.reg, w.abi, "trustedForwarder")[0].(common.Address))
	if fwdAddr == (common.Address{}) {
		t.Fatal("the registry trusts no forwarder")
	}
	fwd, _ := cityforwarder.CityForwarderMetaData.GetAbi()
	chainID, _ := w.city.s.Backend().ChainID(context.Background())
	dom := forwarder.Domain{ChainID: chainID, Forwarder: fwdAddr}
	signed := func(from *account, method string, args ...any) (forwarder.Request, cityforwarder.ERC2771ForwarderForwardRequestData) {
		t.Helper()
		data, err := w.abi.Pack(method, args...)
		if err != nil {
			t.Fatal(err)
		}
		r := forwarder.Request{From: from.addr(), To: w.reg, Gas: big.NewInt(500_000), Nonce: from.bigCall(fwdAddr, fwd, "nonces", from.addr()),
			Deadline: w.city.now() + 3600, Data: data}
		sig, err := dom.Sign(r, from.key)
		if err != nil {
			t.Fatal(err)
		}
		return r, r.Signed(sig)
	}

	batch := []vehicleregistry.VehicleRegistryRecord{w.rec(v, vehicle.Inspection, 1_000, 0, common.Hash{}), w.rec(v, vehicle.Inspection, 2_000, 0, common.Hash{})}
	_, req := signed(w.inspector, "recordBatch", batch)
	r := w.stranger.ok(fwdAddr, fwd, "execute", req) // the stranger plays the relayer and pays
	var recorders []string
	for _, ev := range r.Events {
		if ev.Name == "Recorded" {
			recorders = append(recorders, eventField(ev, "recorder"))
		}
	}
	if len(recorders) != 2 || !strings.EqualFold(recorders[0], w.inspector.addr().Hex()) || !strings.EqualFold(recorders[1], w.inspector.addr().Hex()) {
		t.Fatalf("recorders %v, want the inspector %s twice (not the relayer %s)", recorders, w.inspector.addr(), w.stranger.addr())
	}
	if s := w.state(v); s.Records != 3 || s.LastOdometer != 2_000 {
		t.Fatalf("state %+v", s)
	}

	// The dealer's key signs an inspection: the registry names the signer, not the forwarder.
	wrong, _ := signed(w.dealer, "recordBatch", []vehicleregistry.VehicleRegistryRecord{w.rec(v, vehicle.Inspection, 3_000, 0, common.Hash{})})
	_, err := w.stranger.s.Backend().CallContract(context.Background(), ethereum.CallMsg{From: fwdAddr, To: &w.reg,
		Data: append(append([]byte{}, wrong.Data...), w.dealer.addr().Bytes()...)}, nil)
	rev, ok := abidecode.RevertFromError(err, w.abi)
	if !ok || rev.Name != "VehicleWrongRole" || !strings.Contains(rev.Error(), w.dealer.addr().Hex()) {
		t.Fatalf("forwarded as the dealer: %v, want VehicleWrongRole naming %s", err, w.dealer.addr())
	}
	// Called directly, not through the trusted forwarder, trailing bytes name no one.
	_, err = w.stranger.send(w.reg, w.abi, "recordBatch", []vehicleregistry.VehicleRegistryRecord{w.rec(v, vehicle.Inspection, 3_000, 0, common.Hash{})})
	reverts(t, err, "VehicleWrongRole", nil)

	_, err = w.stranger.send(w.reg, w.abi, "setTrustedForwarder", w.stranger.addr())
	reverts(t, err, "AccessControlUnauthorizedAccount", nil)
	w.city.ok(w.reg, w.abi, "setTrustedForwarder", w.stranger.addr())
	if got := w.city.call(w.reg, w.abi, "trustedForwarder")[0].(common.Address); got != w.stranger.addr() {
		t.Fatalf("trustedForwarder %s after the admin set %s", got, w.stranger.addr())
	}
}

// TestVehicleHistoryStarts: the registry keeps where a reader starts: its deployment block
// and each vehicle's registration block.
func TestVehicleHistoryStarts(t *testing.T) {
	w := vehicleSetup(t)
	deployed := w.city.call(w.reg, w.abi, "deployedBlock")[0].(uint64)
	r, err := w.office.send(w.reg, w.abi, "register", vehicleregistry.VehicleRegistryRegistration{Id: w.id(), Vin: vin(7), At: w.city.now() - 10, OwnerKind: 1})
	expect(t, err, "")
	if s := w.state(vin(7)); deployed == 0 || deployed >= r.Block || s.RegisteredBlock != r.Block {
		t.Fatalf("deployed at %d, registered at %d in block %d", deployed, s.RegisteredBlock, r.Block)
	}
}
