package vehicle

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/big"
	"sort"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/seoulchain/seoulchain/bindings/vehicleregistry"
	"github.com/seoulchain/seoulchain/internal/cmdkit"
)

// ErrUnknownVehicle is returned for a VIN no registry office registered.
var ErrUnknownVehicle = errors.New("unknown vehicle")

// Entry is one record of a vehicle's timeline.
type Entry struct {
	At       time.Time      `json:"at"`
	Kind     string         `json:"kind"`
	What     string         `json:"what"`
	ID       common.Hash    `json:"id"`
	Recorder common.Address `json:"recorder"`
	Odometer uint32         `json:"odometerKm,omitempty"`
	Code     uint32         `json:"code,omitempty"`
	Detail   string         `json:"detail,omitempty"`
	Ref      *common.Hash   `json:"ref,omitempty"`
	// Corrects is the earlier record this one corrects; CorrectedBy the later one that
	// corrects this one (the record stays: records are never edited).
	Corrects    *common.Hash `json:"corrects,omitempty"`
	CorrectedBy *common.Hash `json:"correctedBy,omitempty"`
	// Rollback marks a reading that raised the odometer rollback flag (see the registry's
	// rule): one below the maximum read before it, or the maximum a higher, earlier-dated
	// reading showed to be one.
	Rollback bool `json:"odometerRollback,omitempty"`
	// VoidedBy is the record that voided this record's reading: it no longer counts.
	VoidedBy *common.Hash `json:"readingVoidedBy,omitempty"`
	// Voids is the reading this record voids: its recorder and record ID.
	Voids *VoidedReading `json:"voids,omitempty"`
	Block uint64         `json:"block"`
	Tx    common.Hash    `json:"tx"`
}

// Reading is one state-of-health reading of the vehicle's battery.
type Reading struct {
	At      time.Time   `json:"at"`
	Battery common.Hash `json:"battery"`
	// SoHPermille is the state of health in per mille of the rated capacity.
	SoHPermille uint32 `json:"sohPermille"`
}

// VoidedReading names the record whose reading a void or a correction voided.
type VoidedReading struct {
	Recorder common.Address `json:"recorder"`
	ID       common.Hash    `json:"id"`
}

// odometerReading is one reading in the order recorded, with its timeline entry.
type odometerReading struct {
	km     uint32
	at     uint64
	entry  int
	voided bool
}

// Baseline is what the registry kept of a vehicle read before its upgrade (the
// implementation that did not keep readings one by one): its highest and last readings,
// seeded as readings dated on the last reading's date that no void drops below, and
// whether the odometer rollback flag was raised then.
type Baseline struct {
	MaxOdometer  uint32    `json:"maxOdometerKm"`
	LastOdometer uint32    `json:"lastOdometerKm"`
	At           time.Time `json:"at"`
	Rollback     bool      `json:"odometerRollback"`
	// RollbackMayPredate is set when the vehicle's rollback flag is raised by a reading
	// since the upgrade and may also have been raised before it, which neither the
	// registry's views nor the events read tell (see Report.settleBaseline).
	RollbackMayPredate bool `json:"odometerRollbackMayPredate,omitempty"`
}

// oldFold is the fold of the implementation before the upgrade (as built at dc08ae9,
// which kept no readings one by one), over the reading events recorded under it, in the
// order recorded: a reading below the highest so far raised the rollback flag, any other
// became the highest, and the last recorded was the last reading. It had no voids.
type oldFold struct {
	seen      bool
	max, last uint32
	rollback  bool
}

func (o *oldFold) add(km uint32) {
	if km < o.max {
		o.rollback = true
	} else {
		o.max = km
	}
	o.last, o.seen = km, true
}

// Summary is what a buyer reads first.
type Summary struct {
	Owners             uint16       `json:"owners"`
	OwnerKind          string       `json:"ownerKind"`
	Accidents          uint16       `json:"accidents"`
	Flood              bool         `json:"flood"`
	TotalLoss          bool         `json:"totalLoss"`
	Scrapped           bool         `json:"scrapped"`
	Exported           bool         `json:"exported"`
	ExportInSubsidy    bool         `json:"exportWithinSubsidyPeriod"`
	OdometerConsistent bool         `json:"odometerConsistent"`
	LastOdometer       uint32       `json:"lastOdometerKm"`
	MaxOdometer        uint32       `json:"maxOdometerKm"`
	LastReadingAt      *time.Time   `json:"lastReadingAt,omitempty"`
	Battery            *common.Hash `json:"battery,omitempty"`
	BatteryHealth      []Reading    `json:"batteryHealth"`
	Records            uint32       `json:"records"`
	// BeforeUpgrade is set for a vehicle whose readings from before the registry's upgrade
	// are a baseline: MaxOdometer and the rollback flag include it.
	BeforeUpgrade *Baseline `json:"beforeUpgrade,omitempty"`
}

// Report is a vehicle's history rebuilt from the registry's events alone.
type Report struct {
	VIN          string      `json:"vin"`
	VINHash      common.Hash `json:"vinHash"`
	RegisteredAt time.Time   `json:"registeredAt"`
	Subsidized   bool        `json:"evSubsidy"`
	Summary      Summary     `json:"summary"`
	Timeline     []Entry     `json:"timeline"`

	state    vehicleregistry.VehicleRegistryVehicle
	period   uint64
	readings []odometerReading
	// reading is the index in readings of a record key's reading, plus one.
	reading map[common.Hash]int
	// kept is the registry's readings() without its baseline, by the first bytes of
	// their record keys; nil: no baseline, every reading event is folded.
	kept     map[[11]byte]bool
	baseline *Baseline
	// old folds the reading events of the baseline as the implementation before the
	// upgrade did; oldKnown is set when they account for the baseline, oldFlag when its
	// rollback flag was taken from them.
	old               oldFold
	oldKnown, oldFlag bool
}

// State is the compact state the events imply: what the contract's vehicle() must answer.
func (r *Report) State() vehicleregistry.VehicleRegistryVehicle { return r.state }

var registryFilter, _ = vehicleregistry.NewVehicleRegistryFilterer(common.Address{}, nil)

// Events are the topics of the events a report is rebuilt from.
var (
	registryABI, _  = vehicleregistry.VehicleRegistryMetaData.GetAbi()
	TopicRegistered = registryABI.Events["Registered"].ID
	TopicRecorded   = registryABI.Events["Recorded"].ID
	TopicSubsidySet = registryABI.Events["SubsidyPeriodSet"].ID
	TopicRecordSkip = registryABI.Events["RecordSkipped"].ID
	zeroHash        common.Hash
)

// Fold rebuilds the report of the vehicle vinHash from logs in chain order: its
// Registered and Recorded events and the registry's SubsidyPeriodSet events (an export is
// judged against the period in force when it was recorded). Other logs are ignored.
func Fold(vinHash common.Hash, logs []types.Log) (*Report, error) {
	return FoldFrom(vinHash, nil, logs)
}

// FoldFrom is Fold for a vehicle whose odometer readings in the registry are chain (its
// readings() view). If they start with baseline readings (recordedAt and key zero: seeded
// on an upgraded registry from the state it kept before), they are folded first, as the
// registry does, and a reading event that is not one of the registry's own readings (one
// recorded before the upgrade, which the baseline stands for) stays in the timeline but is
// not folded again.
func FoldFrom(vinHash common.Hash, chain []vehicleregistry.VehicleRegistryOdometerReading, logs []types.Log) (*Report, error) {
	r := &Report{VINHash: vinHash, Timeline: []Entry{}, reading: map[common.Hash]int{}}
	for _, o := range chain {
		if o.RecordedAt == 0 && o.Key == ([11]byte{}) {
			if r.baseline == nil {
				r.baseline = &Baseline{MaxOdometer: o.Km, LastOdometer: o.Km, At: unix(o.At)}
			} else {
				// a last reading below the highest: the old implementation flagged it
				r.baseline.LastOdometer, r.baseline.Rollback = o.Km, true
			}
			r.readings = append(r.readings, odometerReading{km: o.Km, at: o.At, entry: -1})
			continue
		}
		if r.kept == nil {
			r.kept = map[[11]byte]bool{}
		}
		r.kept[o.Key] = true
	}
	if r.baseline == nil {
		r.readings, r.kept = nil, nil
	}
	byKey := map[common.Hash]int{} // record IDs are each recorder's own
	for _, l := range logs {
		if len(l.Topics) == 0 {
			continue
		}
		switch l.Topics[0] {
		case TopicSubsidySet:
			ev, err := registryFilter.ParseSubsidyPeriodSet(l)
			if err != nil {
				return nil, err
			}
			r.period = ev.Period
		case TopicRegistered:
			ev, err := registryFilter.ParseRegistered(l)
			if err != nil {
				return nil, err
			}
			if ev.Vin != vinHash {
				continue
			}
			r.VIN, r.RegisteredAt, r.Subsidized = ev.VinText, unix(ev.At), ev.Subsidized
			r.state = vehicleregistry.VehicleRegistryVehicle{RegisteredAt: ev.At, Owners: 1, OwnerKind: ev.OwnerKind, Records: 1, RegisteredBlock: l.BlockNumber}
			if ev.Subsidized {
				r.state.SubsidyFrom = ev.At
			}
			for i := range r.readings { // the baseline's, which the registry folds first
				r.fold(i)
			}
			byKey[RecordKey(ev.Recorder, ev.Id)] = len(r.Timeline)
			r.Timeline = append(r.Timeline, Entry{At: unix(ev.At), Kind: Registration.String(), What: Registration.Words(), ID: ev.Id,
				Recorder: ev.Recorder, Detail: "owner: " + OwnerKindName(ev.OwnerKind), Block: l.BlockNumber, Tx: l.TxHash})
		case TopicRecorded:
			ev, err := registryFilter.ParseRecorded(l)
			if err != nil {
				return nil, err
			}
			if ev.Vin != vinHash || r.state.RegisteredAt == 0 {
				continue
			}
			e := r.apply(ev)
			e.Block, e.Tx = l.BlockNumber, l.TxHash
			if ev.Corrects != zeroHash && Kind(ev.Kind) != VoidReading {
				c := common.Hash(ev.Corrects)
				e.Corrects = &c
				if i, ok := byKey[RecordKey(ev.Recorder, c)]; ok {
					id := common.Hash(ev.Id)
					r.Timeline[i].CorrectedBy = &id
				}
			}
			byKey[RecordKey(ev.Recorder, ev.Id)] = len(r.Timeline)
			r.Timeline = append(r.Timeline, e)
			if ev.Odometer != 0 && r.baseline != nil && !r.kept[[11]byte(RecordKey(ev.Recorder, ev.Id).Bytes())] {
				r.Timeline[len(r.Timeline)-1].Detail = joinNonEmpty("; ", e.Detail, "read before the registry's upgrade: in its baseline")
				r.old.add(ev.Odometer)
			} else if ev.Odometer != 0 {
				r.readings = append(r.readings, odometerReading{km: ev.Odometer, at: ev.At, entry: len(r.Timeline) - 1})
				r.reading[RecordKey(ev.Recorder, ev.Id)] = len(r.readings)
				r.fold(len(r.readings) - 1)
			}
		}
	}
	if r.state.RegisteredAt == 0 {
		return nil, fmt.Errorf("%w: no registration of %s", ErrUnknownVehicle, vinHash.Hex())
	}
	r.settleBaseline()
	r.summarize()
	return r, nil
}

// settleBaseline takes the baseline's rollback flag from the reading events recorded
// before the upgrade, folded as the implementation then did, when they account for the
// baseline (the same highest and last readings): the registry keeps that flag
// (baselineRollback) but no view returns it, and its seeded readings show it only when
// the last was below the highest. The flag stays, as in the registry.
func (r *Report) settleBaseline() {
	b := r.baseline
	if b == nil || b.Rollback || !r.old.seen || r.old.max != b.MaxOdometer || r.old.last != b.LastOdometer {
		return
	}
	r.oldKnown = true
	if r.old.rollback {
		b.Rollback, r.oldFlag = true, true
		r.state.Flags |= uint8(FlagOdometerRollback)
	}
}

// apply is the contract's _record on the report's state, for a record it accepted.
func (r *Report) apply(ev *vehicleregistry.VehicleRegistryRecorded) Entry {
	s := &r.state
	k := Kind(ev.Kind)
	e := Entry{At: unix(ev.At), Kind: k.String(), What: k.Words(), ID: ev.Id, Recorder: ev.Recorder, Odometer: ev.Odometer, Code: ev.Code}
	if ev.Ref != zeroHash {
		ref := common.Hash(ev.Ref)
		e.Ref = &ref
	}
	counts := ev.Corrects == zeroHash
	id := common.Hash(ev.Id)
	switch {
	case k == VoidReading:
		v := VoidedReading{Recorder: common.BytesToAddress(ev.Ref[12:]), ID: ev.Corrects}
		e.Voids, e.Ref = &v, nil
		e.Detail = "voids the reading of record " + v.ID.Hex()[:10] + "… of " + v.Recorder.Hex()
		r.void(RecordKey(v.Recorder, v.ID), id)
	case !counts:
		r.void(RecordKey(ev.Recorder, ev.Corrects), id) // a correction supersedes its reading
	}
	switch k {
	case Transfer:
		s.OwnerKind = uint8(ev.Code)
		if counts {
			s.Owners++
		}
		e.Detail = "to: " + OwnerKindName(uint8(ev.Code))
	case Scrap:
		s.Flags |= uint8(FlagScrapped)
	case Export:
		s.Flags |= uint8(FlagExported)
		if s.SubsidyFrom != 0 && ev.At < s.SubsidyFrom+r.period {
			s.Flags |= uint8(FlagExportInSubsidyPeriod)
			e.Detail = "within the EV subsidy's mandatory period"
		}
	case Inspection:
		if ev.Code != 0 {
			e.Detail = fmt.Sprintf("findings 0x%x", ev.Code)
		}
	case Accident:
		if counts {
			s.Accidents++
		}
		e.Detail = "repair cost " + CostBandName(ev.Code)
	case Flood:
		s.Flags |= uint8(FlagFlood)
	case TotalLoss:
		s.Flags |= uint8(FlagTotalLoss)
	case Repair:
		e.Detail = fmt.Sprintf("parts 0x%x", ev.Code)
	case BatteryInstall:
		s.Battery = ev.Ref
	case BatteryRemove:
		s.Battery = zeroHash
	case BatteryTest:
		e.Detail = fmt.Sprintf("state of health %s%%", permille(ev.Code))
	}
	s.Records++
	return e
}

// fold is the registry's _fold for reading i.
func (r *Report) fold(i int) {
	s, o := &r.state, r.readings[i]
	if o.km < s.MaxOdometer {
		if o.at >= s.MaxReadingAt {
			s.Flags |= uint8(FlagOdometerRollback)
			r.mark(o.entry)
		}
	} else {
		if o.km > s.MaxOdometer && o.at < s.MaxReadingAt {
			s.Flags |= uint8(FlagOdometerRollback)
			r.mark(r.maxEntry()) // the later, lower maximum
		}
		s.MaxOdometer, s.MaxReadingAt = o.km, o.at
	}
	if o.at >= s.LastReadingAt {
		s.LastOdometer, s.LastReadingAt = o.km, o.at
	}
}

// mark marks timeline entry i as a rollback; a baseline reading (-1) has none.
func (r *Report) mark(i int) {
	if i >= 0 {
		r.Timeline[i].Rollback = true
	}
}

// maxEntry is the timeline entry of the live reading holding the maximum now.
func (r *Report) maxEntry() int {
	s := r.state
	for i := len(r.readings) - 1; i >= 0; i-- {
		if o := r.readings[i]; !o.voided && o.km == s.MaxOdometer && o.at == s.MaxReadingAt {
			return o.entry
		}
	}
	return -1
}

// void is the registry's _void: the reading of the record key is voided by the record by,
// and the odometer state is folded again over the live readings. A key without a live
// reading changes nothing (the registry accepted the record, so it was a correction's).
func (r *Report) void(key, by common.Hash) {
	i := r.reading[key]
	if i == 0 || r.readings[i-1].voided {
		return
	}
	r.readings[i-1].voided = true
	r.Timeline[r.readings[i-1].entry].VoidedBy = &by
	s := &r.state
	s.MaxOdometer, s.MaxReadingAt, s.LastOdometer, s.LastReadingAt = 0, 0, 0, 0
	s.Flags &^= uint8(FlagOdometerRollback)
	if r.baseline != nil && r.baseline.Rollback {
		s.Flags |= uint8(FlagOdometerRollback) // the registry's baselineRollback stays
	}
	for j, o := range r.readings {
		if o.entry >= 0 {
			r.Timeline[o.entry].Rollback = false
		}
		if !o.voided {
			r.fold(j)
		}
	}
}

func (r *Report) summarize() {
	s := r.state
	r.Summary = Summary{
		Owners: s.Owners, OwnerKind: OwnerKindName(s.OwnerKind), Accidents: s.Accidents,
		Flood: s.Flags&uint8(FlagFlood) != 0, TotalLoss: s.Flags&uint8(FlagTotalLoss) != 0,
		Scrapped: s.Flags&uint8(FlagScrapped) != 0, Exported: s.Flags&uint8(FlagExported) != 0,
		ExportInSubsidy:    s.Flags&uint8(FlagExportInSubsidyPeriod) != 0,
		OdometerConsistent: s.Flags&uint8(FlagOdometerRollback) == 0,
		LastOdometer:       s.LastOdometer, MaxOdometer: s.MaxOdometer, Records: s.Records,
		BatteryHealth: []Reading{}, BeforeUpgrade: r.baseline,
	}
	if s.LastReadingAt != 0 {
		t := unix(s.LastReadingAt)
		r.Summary.LastReadingAt = &t
	}
	if s.Battery != zeroHash {
		b := common.Hash(s.Battery)
		r.Summary.Battery = &b
	}
	for _, e := range r.Timeline {
		if e.Kind == BatteryTest.String() && e.Ref != nil {
			r.Summary.BatteryHealth = append(r.Summary.BatteryHealth, Reading{At: e.At, Battery: *e.Ref, SoHPermille: e.Code})
		}
	}
}

// ChainReader is what Fetch needs of a node: the head, calls (where the history starts)
// and logs.
type ChainReader interface {
	bind.ContractCaller
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
}

// Fetch rebuilds the report of the vehicle vinHash from the events of the registry at reg.
// The registry keeps where to start, so a long chain is not read from block 0: the
// vehicle's events from the block it was registered in, the EV subsidy periods from the
// registry's deployment. An unregistered vehicle is ErrUnknownVehicle, without a log scan.
// Every read is at one block, the head when Fetch starts: read at the latest each, a
// reading mined between readings() and the log scan would be an event with no reading
// seeded, which the fold takes for one from before the upgrade.
func Fetch(ctx context.Context, node ChainReader, reg common.Address, vinHash common.Hash) (*Report, error) {
	c, err := vehicleregistry.NewVehicleRegistryCaller(reg, node)
	if err != nil {
		return nil, err
	}
	head, err := node.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("read the head block: %w", err)
	}
	at := head.Number
	opts := &bind.CallOpts{Context: ctx, BlockNumber: at}
	v, err := c.Vehicle(opts, vinHash)
	if err != nil {
		return nil, fmt.Errorf("read vehicle %s: %w", vinHash.Hex(), err)
	}
	if v.RegisteredAt == 0 {
		return nil, fmt.Errorf("%w: no registration of %s", ErrUnknownVehicle, vinHash.Hex())
	}
	chain, err := c.Readings(opts, vinHash)
	if err != nil {
		return nil, fmt.Errorf("read the odometer readings of vehicle %s: %w", vinHash.Hex(), err)
	}
	deployed, err := c.DeployedBlock(opts)
	if err != nil {
		return nil, fmt.Errorf("read the registry's deployment block: %w", err)
	}
	own, err := node.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(v.RegisteredBlock), ToBlock: at, Addresses: []common.Address{reg},
		Topics: [][]common.Hash{{TopicRegistered, TopicRecorded}, {vinHash}}})
	if err != nil {
		return nil, fmt.Errorf("read the events of vehicle %s: %w", vinHash.Hex(), err)
	}
	periods, err := node.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(deployed), ToBlock: at, Addresses: []common.Address{reg},
		Topics: [][]common.Hash{{TopicSubsidySet}}})
	if err != nil {
		return nil, fmt.Errorf("read the EV subsidy periods: %w", err)
	}
	all := append(own, periods...)
	sort.SliceStable(all, func(i, j int) bool {
		if all[i].BlockNumber != all[j].BlockNumber {
			return all[i].BlockNumber < all[j].BlockNumber
		}
		return all[i].Index < all[j].Index
	})
	rep, err := FoldFrom(vinHash, chain, all)
	if err != nil {
		return nil, err
	}
	rep.baselineRollback(v.Flags)
	return rep, nil
}

// baselineRollback checks the baseline's rollback flag against the registry's (flags,
// from vehicle()), which is the baseline's (baselineRollback, which no view returns) or
// the fold's since: a flag the fold did not raise is the baseline's. Raised by the fold
// too, and neither the seeded readings nor the old events (settleBaseline) tell the
// baseline's, the report says it may predate the upgrade: only when the old events do
// not account for the baseline (a node that no longer serves them). With no flag in the registry,
// neither the baseline nor the fold has one (a flag taken from the old events is dropped:
// they did not fold as the old implementation did).
func (r *Report) baselineRollback(flags uint8) {
	s, b := &r.state, r.baseline
	rollback := uint8(FlagOdometerRollback)
	switch {
	case b == nil:
		return
	case flags&rollback == 0:
		if !r.oldFlag {
			return
		}
		b.Rollback, r.oldFlag = false, false
		s.Flags &^= rollback
	case b.Rollback:
		return
	case s.Flags&rollback == 0:
		b.Rollback = true
		s.Flags |= rollback
	case r.oldKnown:
		return // the old events had no rollback
	default:
		b.RollbackMayPredate = true
	}
	r.summarize()
}

func unix(s uint64) time.Time { return time.Unix(int64(s), 0).UTC() }

// permille prints a per-mille value as a percentage with one decimal (915 → "91.5").
func permille(v uint32) string { return fmt.Sprintf("%d.%d", v/10, v%10) }

// Write prints the report for a buyer: the summary, then the timeline.
func (r *Report) Write(w io.Writer) error {
	s := r.Summary
	yes := func(b bool) string {
		if b {
			return "YES"
		}
		return "no"
	}
	odo := "consistent"
	if !s.OdometerConsistent {
		odo = fmt.Sprintf("ROLLED BACK: a reading below the %s km read before it", km(s.MaxOdometer))
	}
	last := "none"
	if s.LastReadingAt != nil {
		last = fmt.Sprintf("%s km on %s", km(s.LastOdometer), s.LastReadingAt.In(seoul).Format("2006-01-02"))
	}
	pairs := [][2]string{
		{"vehicle", fmt.Sprintf("%s, registered %s%s", r.VIN, r.RegisteredAt.In(seoul).Format("2006-01-02"), map[bool]string{true: " (EV subsidy)"}[r.Subsidized])},
		{"owners", fmt.Sprintf("%d (now: %s)", s.Owners, s.OwnerKind)},
		{"accidents", fmt.Sprintf("%d", s.Accidents)},
		{"flood", yes(s.Flood)},
		{"total loss", yes(s.TotalLoss)},
		{"odometer", odo},
	}
	if b := s.BeforeUpgrade; b != nil {
		line := fmt.Sprintf("max %s km", km(b.MaxOdometer))
		switch {
		case b.Rollback:
			line += ", rollback flagged before the upgrade"
		case b.RollbackMayPredate:
			line += ", a rollback flag may predate the upgrade"
		}
		pairs = append(pairs, [2]string{"before the upgrade", line})
	}
	pairs = append(pairs, [][2]string{
		{"last reading", last},
	}...)
	if s.Scrapped || s.Exported {
		pairs = append(pairs, [2]string{"status", joinNonEmpty(", ", map[bool]string{true: "SCRAPPED"}[s.Scrapped],
			map[bool]string{true: "EXPORTED"}[s.Exported], map[bool]string{true: "within the EV subsidy's mandatory period"}[s.ExportInSubsidy])})
	}
	if len(s.BatteryHealth) > 0 {
		var trend []string
		for _, h := range s.BatteryHealth {
			trend = append(trend, fmt.Sprintf("%s%% (%s)", permille(h.SoHPermille), h.At.In(seoul).Format("2006-01")))
		}
		pairs = append(pairs, [2]string{"battery health", strings.Join(trend, " → ")})
	}
	if s.Battery != nil {
		pairs = append(pairs, [2]string{"battery", s.Battery.Hex()})
	}
	if err := cmdkit.KeyValues(w, pairs...); err != nil {
		return err
	}
	fmt.Fprintln(w)
	var t cmdkit.Table
	t.Add("DATE", "RECORD", "ODOMETER", "DETAIL", "RECORDER")
	for _, e := range r.Timeline {
		o := ""
		if e.Odometer != 0 {
			o = km(e.Odometer) + " km"
			if e.Rollback {
				o += " (!)"
			}
			if e.VoidedBy != nil {
				o += " (void)"
			}
		}
		detail := e.Detail
		if e.VoidedBy != nil {
			detail = joinNonEmpty("; ", detail, "reading VOIDED, not counted")
		}
		if e.CorrectedBy != nil {
			detail = joinNonEmpty("; ", detail, "corrected later")
		}
		if e.Corrects != nil {
			detail = joinNonEmpty("; ", detail, "corrects an earlier record")
		}
		t.Add(e.At.In(seoul).Format("2006-01-02"), e.What, o, detail, e.Recorder.Hex())
	}
	return t.Write(w)
}

// km prints kilometres with thousands separators.
func km(v uint32) string {
	s := fmt.Sprintf("%d", v)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
