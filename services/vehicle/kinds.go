package vehicle

import (
	"fmt"
	"sort"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Kind is a record's kind, as VehicleRegistry numbers it.
type Kind uint8

// The record kinds (VehicleRegistry's KIND_* constants).
const (
	Registration Kind = iota + 1
	Transfer
	Scrap
	Export
	Inspection
	Listing
	Accident
	Flood
	TotalLoss
	Repair
	BatteryInstall
	BatteryRemove
	BatteryTest
	SecondLife
	Recycle
	// VoidReading voids another record's odometer reading (the registry office only).
	VoidReading
)

// kindInfo is what the command line and the report know of a kind.
type kindInfo struct {
	name string // the command's word: `vehicle record inspection`
	en   string // the report's words
	// role is the recorder role that records it (the contract accepts a second one for
	// battery installation and removal: see Roles).
	role string
}

var kinds = map[Kind]kindInfo{
	Registration:   {"registration", "registration", RegistryOffice},
	Transfer:       {"transfer", "ownership transfer", RegistryOffice},
	Scrap:          {"scrap", "scrapping", RegistryOffice},
	Export:         {"export", "export", RegistryOffice},
	Inspection:     {"inspection", "periodic inspection", Inspector},
	Listing:        {"listing", "sale listing (성능·상태점검)", Dealer},
	Accident:       {"accident", "accident", Insurer},
	Flood:          {"flood", "flood damage", Insurer},
	TotalLoss:      {"total-loss", "total loss", Insurer},
	Repair:         {"repair", "repair", Repairer},
	BatteryInstall: {"battery-install", "battery installation", Repairer},
	BatteryRemove:  {"battery-remove", "battery removal", Repairer},
	BatteryTest:    {"battery-test", "battery state of health", BatteryTester},
	SecondLife:     {"second-life", "battery second life", Recycler},
	Recycle:        {"recycle", "battery recycling", Recycler},
	VoidReading:    {"void", "odometer reading voided", RegistryOffice},
}

// String is the kind's command-line name.
func (k Kind) String() string {
	if i, ok := kinds[k]; ok {
		return i.name
	}
	return fmt.Sprintf("kind-%d", uint8(k))
}

// Words are the kind as the report says it: a noun, which commands also use ("record the
// sale listing of …").
func (k Kind) Words() string {
	if i, ok := kinds[k]; ok {
		return i.en
	}
	return k.String()
}

// Role is the recorder role that records k.
func (k Kind) Role() string { return kinds[k].role }

// ParseKind reads a kind's command-line name.
func ParseKind(s string) (Kind, error) {
	for k, i := range kinds {
		if i.name == strings.ToLower(s) {
			return k, nil
		}
	}
	var names []string
	for k := range kinds {
		if k >= Transfer && k <= BatteryTest {
			names = append(names, k.String())
		}
	}
	sort.Strings(names)
	return 0, fmt.Errorf("unknown record kind %q: want one of %s", s, strings.Join(names, ", "))
}

// The recorder roles, by their contract names.
const (
	RegistryOffice = "REGISTRY_OFFICE_ROLE"
	Inspector      = "INSPECTOR_ROLE"
	Dealer         = "DEALER_ROLE"
	Insurer        = "INSURER_ROLE"
	Repairer       = "REPAIRER_ROLE"
	BatteryTester  = "BATTERY_TESTER_ROLE"
	Recycler       = "RECYCLER_ROLE"
)

// Roles maps the command line's recorder kinds to the contract's roles, in the order
// `recorder list` shows them.
var Roles = []struct{ Name, Role string }{
	{"registry-office", RegistryOffice},
	{"inspector", Inspector},
	{"dealer", Dealer},
	{"insurer", Insurer},
	{"repairer", Repairer},
	{"battery-tester", BatteryTester},
	{"recycler", Recycler},
}

// ParseRole reads a recorder kind (`--as inspector`) and returns its contract role name.
func ParseRole(s string) (string, error) {
	var names []string
	for _, r := range Roles {
		if r.Name == strings.ToLower(s) || r.Role == s {
			return r.Role, nil
		}
		names = append(names, r.Name)
	}
	return "", fmt.Errorf("unknown recorder kind %q: want one of %s", s, strings.Join(names, ", "))
}

// RoleID is the AccessControl id of a role name.
func RoleID(role string) common.Hash { return crypto.Keccak256Hash([]byte(role)) }

// Flag is one of a vehicle's flags; once raised, a flag stays.
type Flag uint8

// The flags (VehicleRegistry's FLAG_* constants).
const (
	FlagOdometerRollback Flag = 1 << iota
	FlagFlood
	FlagTotalLoss
	FlagScrapped
	FlagExported
	FlagExportInSubsidyPeriod
)

// Owner kinds (the code of a registration or a transfer).
var ownerKinds = []string{"", "private", "company", "rental", "dealer"}

// OwnerKindName is the owner kind's name.
func OwnerKindName(code uint8) string {
	if int(code) < len(ownerKinds) && code > 0 {
		return ownerKinds[code]
	}
	return fmt.Sprintf("owner-kind-%d", code)
}

// ParseOwnerKind reads private, company, rental or dealer.
func ParseOwnerKind(s string) (uint8, error) {
	for i, n := range ownerKinds {
		if i > 0 && n == strings.ToLower(s) {
			return uint8(i), nil
		}
	}
	return 0, fmt.Errorf("unknown owner kind %q: want private, company, rental or dealer", s)
}

// costBands are the accident repair-cost bands, in won.
var costBands = []string{"", "under ₩1M", "₩1M-3M", "₩3M-5M", "₩5M-10M", "over ₩10M"}

// CostBandName is the accident cost band's range.
func CostBandName(code uint32) string {
	if int(code) < len(costBands) && code > 0 {
		return costBands[code]
	}
	return fmt.Sprintf("band %d", code)
}

// RecordKey is how the registry keys record id of recorder: keccak256(abi.encode(recorder,
// id)). Record IDs are each recorder's own, so two recorders may use the same ID.
func RecordKey(recorder common.Address, id common.Hash) common.Hash {
	return crypto.Keccak256Hash(common.LeftPadBytes(recorder.Bytes(), 32), id.Bytes())
}

// RecordID is the on-chain ID of a recorder's own record reference (an inspection number,
// a claim number): keccak256 of the recorder's address and the reference, so that two
// recorders' numbering never collide and the same line sent again is the same record. A
// reference that is already a 0x-prefixed 32-byte hex is used as it is.
func RecordID(recorder common.Address, ref string) common.Hash {
	if len(ref) == 66 && strings.HasPrefix(ref, "0x") {
		if b := common.FromHex(ref); len(b) == 32 {
			return common.BytesToHash(b)
		}
	}
	return crypto.Keccak256Hash(recorder.Bytes(), []byte(ref))
}
