package vehicle

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/shopspring/decimal"

	"github.com/seoulchain/seoulchain/bindings/vehicleregistry"
	"github.com/seoulchain/seoulchain/internal/problems"
	"github.com/seoulchain/seoulchain/services/internal/outcome"
)

// ErrRecordFile is returned for an import file with problems (every one listed).
var ErrRecordFile = errors.New("bad record file")

// seoul is Korea Standard Time (no daylight saving), fixed so no tz database is needed.
var seoul = time.FixedZone("KST", 9*3600)

// ParseDate reads a record's date, YYYY-MM-DD in Seoul, as the start of that day; empty is
// today (so the same command run twice on a day is the same record).
func ParseDate(s string, now time.Time) (uint64, error) {
	if s == "" {
		y, m, d := now.In(seoul).Date()
		return uint64(time.Date(y, m, d, 0, 0, 0, 0, seoul).Unix()), nil
	}
	t, err := time.ParseInLocation("2006-01-02", s, seoul)
	if err != nil {
		return 0, fmt.Errorf("date %q: want YYYY-MM-DD", s)
	}
	if t.After(now) {
		return 0, fmt.Errorf("date %s is in the future", s)
	}
	return uint64(t.Unix()), nil
}

// BatteryID is the on-chain ID of a battery pack: the keccak256 of its serial number as the
// maker prints it, or a 0x-prefixed 32-byte hex given as it is.
func BatteryID(serial string) (common.Hash, error) {
	serial = strings.TrimSpace(serial)
	if strings.HasPrefix(serial, "0x") {
		b := common.FromHex(serial)
		if len(serial) != 66 || len(b) != 32 {
			return common.Hash{}, fmt.Errorf("battery %q: a 0x ID has 64 hex digits", serial)
		}
		return common.BytesToHash(b), nil
	}
	if serial == "" {
		return common.Hash{}, errors.New("no battery serial number")
	}
	return crypto.Keccak256Hash([]byte(serial)), nil
}

// DocHash reads a document's hash: 0x and 64 hex digits (its SHA-256), or empty.
func DocHash(s string) (common.Hash, error) {
	if s == "" {
		return common.Hash{}, nil
	}
	b := common.FromHex(s)
	if !strings.HasPrefix(s, "0x") || len(s) != 66 || len(b) != 32 {
		return common.Hash{}, fmt.Errorf("document %q: want its hash, 0x and 64 hex digits (sha256sum FILE)", s)
	}
	return common.BytesToHash(b), nil
}

// SoHPermille reads a state of health in percent with at most one decimal ("96.5" → 965).
func SoHPermille(s string) (uint32, error) {
	d, err := decimal.NewFromString(strings.TrimSuffix(s, "%"))
	p := d.Shift(1)
	if err != nil || !p.IsInteger() || p.Sign() <= 0 || p.GreaterThan(decimal.NewFromInt(1000)) {
		return 0, fmt.Errorf("state of health %q: want a percentage above 0 and up to 100, one decimal at most", s)
	}
	return uint32(p.IntPart()), nil
}

// Input is one record as a recorder gives it: a line of an import file or a command's
// flags. Ref is the recorder's own reference (its inspection or claim number); Subject is
// a document hash, or for battery kinds the pack's serial number.
type Input struct {
	Line                                 int
	Ref, VIN, Kind, Date, Odometer, Code string
	Subject, Corrects                    string
}

// CSVHeader is the import file's header line.
var CSVHeader = []string{"record_id", "vin", "kind", "date", "odometer_km", "code", "ref", "corrects"}

// Record checks in and builds the contract's record sent by recorder; every error names
// the field.
func (in Input) Record(recorder common.Address, now time.Time) (vehicleregistry.VehicleRegistryRecord, error) {
	var r vehicleregistry.VehicleRegistryRecord
	k, err := ParseKind(in.Kind)
	if err != nil {
		return r, err
	}
	if (k < Transfer || k > BatteryTest) && k != VoidReading {
		return r, fmt.Errorf("kind %s is not sent as a record (use its own command)", k)
	}
	r.Kind = uint8(k)
	var vin string
	if in.VIN != "" || k != BatteryTest { // a pack is tested in a car, or in none
		if vin, err = NormalizeVIN(in.VIN); err != nil {
			return r, err
		}
		r.Vin = VINHash(vin)
	}
	if r.At, err = ParseDate(in.Date, now); err != nil {
		return r, err
	}
	if in.Odometer != "" {
		km, err := strconv.ParseUint(strings.ReplaceAll(in.Odometer, ",", ""), 10, 32)
		if err != nil {
			return r, fmt.Errorf("odometer %q: want whole kilometres", in.Odometer)
		}
		r.Odometer = uint32(km)
	}
	if r.Code, err = parseCode(k, in.Code); err != nil {
		return r, err
	}
	var of common.Address // whose record --corrects names
	switch {
	case k == VoidReading:
		if of, err = voidedRecorder(in.Subject, recorder); err != nil {
			return r, err
		}
		if in.Corrects == "" {
			return r, fmt.Errorf("void: --corrects must name the record whose reading is void (its reference or 0x ID)")
		}
		if r.Odometer != 0 {
			return r, fmt.Errorf("void: no --odometer (a voiding record carries no reading of its own)")
		}
		r.Ref = common.BytesToHash(of.Bytes())
	case k >= BatteryInstall:
		r.Ref, err = BatteryID(in.Subject)
	default:
		r.Ref, err = DocHash(in.Subject)
	}
	if err != nil {
		return r, err
	}
	if in.Corrects != "" {
		if of == (common.Address{}) {
			of = recorder // a correction names the sender's own record
		}
		r.Corrects = RecordID(of, in.Corrects)
	}
	ref := in.Ref
	if ref == "" {
		// The same command run again is the same record: the ID follows from its content.
		ref = fmt.Sprintf("%s|%s|%d|%d|%d|%x|%x", k, vin, r.At, r.Odometer, r.Code, r.Ref, r.Corrects)
	}
	r.Id = RecordID(recorder, ref)
	return r, nil
}

// voidedRecorder is the recorder whose reading a void names: the address given, or the
// sender itself.
func voidedRecorder(s string, sender common.Address) (common.Address, error) {
	if s == "" {
		return sender, nil
	}
	if !common.IsHexAddress(s) {
		return common.Address{}, fmt.Errorf("void: --recorder %q is not an address (the recorder of the reading, as the history shows it)", s)
	}
	return common.HexToAddress(s), nil
}

// parseCode reads the kind's code: an owner kind for a transfer, a cost band for an
// accident, a state of health for a battery test, a number (decimal or 0x) otherwise.
func parseCode(k Kind, s string) (uint32, error) {
	switch k {
	case Transfer:
		c, err := ParseOwnerKind(s)
		return uint32(c), err
	case BatteryTest:
		return SoHPermille(s)
	}
	if s == "" {
		return 0, nil
	}
	v, err := strconv.ParseUint(s, 0, 32)
	if err != nil {
		return 0, fmt.Errorf("code %q: want a number", s)
	}
	if k == Accident && (v < 1 || v > 5) {
		return 0, fmt.Errorf("cost band %d: want 1 (under ₩1M) to 5 (over ₩10M)", v)
	}
	return uint32(v), nil
}

// ReadInputs reads an import file: a header line (CSVHeader; the last column may be left
// out), then one record a line. Every problem of the file is reported at once; nothing is
// sent unless the file is clean, and a record ID given twice is a problem.
func ReadInputs(path string, recorder common.Address, now time.Time) ([]Input, []vehicleregistry.VehicleRegistryRecord, error) {
	ps := &problems.List{File: path, Kind: ErrRecordFile}
	var ins []Input
	var recs []vehicleregistry.VehicleRegistryRecord
	seen := map[common.Hash]int{}
	err := csvRows(path, ps, [][]string{CSVHeader, CSVHeader[:7]}, func(line int, row []string) {
		if len(row) < 7 || len(row) > 8 {
			ps.Add(fmt.Sprintf("line %d", line), "%s: want %d or %d", outcome.Plural(len(row), "field", "fields"), 7, 8)
			return
		}
		row = append(row, "")
		in := Input{Line: line, Ref: row[0], VIN: row[1], Kind: row[2], Date: row[3], Odometer: row[4], Code: row[5], Subject: row[6], Corrects: row[7]}
		if in.Ref == "" {
			ps.Add(fmt.Sprintf("line %d record_id", line), "empty: each line needs its own record ID (what makes an import resumable)")
			return
		}
		r, err := in.Record(recorder, now)
		if err != nil {
			ps.Add(fmt.Sprintf("line %d", line), "%v", err)
			return
		}
		if first, ok := seen[r.Id]; ok {
			ps.Add(fmt.Sprintf("line %d record_id", line), "%q is also on line %d", in.Ref, first)
			return
		}
		seen[r.Id] = line
		ins = append(ins, in)
		recs = append(recs, r)
	})
	if err != nil {
		return nil, nil, err
	}
	if len(recs) == 0 && ps.Len() == 0 {
		ps.Add("file", "no records")
	}
	if err := ps.Err(); err != nil {
		return nil, nil, err
	}
	return ins, recs, nil
}

// RegistrationHeader is the header line of register --csv FILE.
var RegistrationHeader = []string{"record_id", "vin", "date", "owner", "ev_subsidy"}

// ReadRegistrations reads a registration file: RegistrationHeader, then one vehicle a line
// (owner: private, company, rental or dealer, empty for private; ev_subsidy: yes or no,
// empty for no). Every problem is reported at once, a record ID or a VIN given twice too;
// nothing is sent unless the file is clean.
func ReadRegistrations(path string, recorder common.Address, now time.Time) ([]vehicleregistry.VehicleRegistryRegistration, error) {
	ps := &problems.List{File: path, Kind: ErrRecordFile}
	var out []vehicleregistry.VehicleRegistryRegistration
	ids, vins := map[common.Hash]int{}, map[string]int{}
	err := csvRows(path, ps, [][]string{RegistrationHeader}, func(line int, row []string) {
		at := fmt.Sprintf("line %d", line)
		if len(row) != len(RegistrationHeader) {
			ps.Add(at, "%s: want %d", outcome.Plural(len(row), "field", "fields"), len(RegistrationHeader))
			return
		}
		if row[0] == "" {
			ps.Add(at+" record_id", "empty: each line needs its own record ID (what makes an import resumable)")
			return
		}
		vin, err := NormalizeVIN(row[1])
		if err != nil {
			ps.Add(at+" vin", "%v", err)
			return
		}
		r := vehicleregistry.VehicleRegistryRegistration{Id: RecordID(recorder, row[0]), Vin: vin}
		if r.At, err = ParseDate(row[2], now); err != nil {
			ps.Add(at+" date", "%v", err)
			return
		}
		owner := row[3]
		if owner == "" {
			owner = "private"
		}
		if r.OwnerKind, err = ParseOwnerKind(owner); err != nil {
			ps.Add(at+" owner", "%v", err)
			return
		}
		switch strings.ToLower(row[4]) {
		case "yes", "true", "1":
			r.Subsidized = true
		case "", "no", "false", "0":
		default:
			ps.Add(at+" ev_subsidy", "%q: want yes or no", row[4])
			return
		}
		if first, ok := ids[r.Id]; ok {
			ps.Add(at+" record_id", "%q is also on line %d", row[0], first)
			return
		}
		if first, ok := vins[vin]; ok {
			ps.Add(at+" vin", "%s is also on line %d", vin, first)
			return
		}
		ids[r.Id], vins[vin] = line, line
		out = append(out, r)
	})
	if err != nil {
		return nil, err
	}
	if len(out) == 0 && ps.Len() == 0 {
		ps.Add("file", "no registrations")
	}
	if err := ps.Err(); err != nil {
		return nil, err
	}
	return out, nil
}

// csvRows reads the CSV file at path: its first line must be one of headers, and row is
// called with each later line. A wrong header or a malformed line is added to ps and ends
// the reading; the error is the file's (missing, unreadable).
func csvRows(path string, ps *problems.List, headers [][]string, row func(line int, fields []string)) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	cr := csv.NewReader(f)
	cr.FieldsPerRecord = -1
	cr.TrimLeadingSpace = true
	for line := 1; ; line++ {
		fields, err := cr.Read()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			ps.Add(fmt.Sprintf("line %d", line), "%v", err)
			return nil
		}
		if line > 1 {
			row(line, fields)
			continue
		}
		got, ok := strings.Join(fields, ","), false
		for _, h := range headers {
			ok = ok || got == strings.Join(h, ",")
		}
		if !ok {
			ps.Add("line 1", "header %q: want %s", got, strings.Join(headers[0], ","))
			return nil
		}
	}
}
