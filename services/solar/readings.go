package solar

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/urfave/cli/v2"

	"github.com/seoulchain/seoulchain/bindings/solarmarket"
	"github.com/seoulchain/seoulchain/internal/bulk"
	"github.com/seoulchain/seoulchain/internal/cmdkit"
	"github.com/seoulchain/seoulchain/internal/deploy"
	"github.com/seoulchain/seoulchain/internal/txsend"
	"github.com/seoulchain/seoulchain/services/internal/outcome"
)

// ReadingGas is a reading's gas in a batch (a new storage slot, an event, the meter's area
// read), for cutting batches before the estimate.
const ReadingGas = 40_000

// readingBatchGas bounds the gas of a postReadings of n readings: ReadingGas each and the
// transaction's own cost.
func readingBatchGas(n int) uint64 { return 60_000 + uint64(n)*ReadingGas }

// packReadings is the postReadings call of one interval's readings.
func packReadings(a *abi.ABI, b []MeterReading) ([]byte, error) {
	meters := make([][32]byte, len(b))
	wh := make([]uint64, len(b))
	for i, r := range b {
		if r.Interval != b[0].Interval {
			return nil, fmt.Errorf("batch mixes intervals %d and %d", b[0].Interval, r.Interval)
		}
		meters[i], wh[i] = r.Meter, r.Wh
	}
	return a.Pack("postReadings", b[0].Interval, meters, wh)
}

// ReadingBatches cuts one interval's readings into postReadings calls by the platform's
// bulk rules, as `mileage credit --csv` cuts credits: whole batches fill a block of
// blockGasLimit gas (bulk.Fill, each batch taken at readingBatchGas), each within
// bulk.DefaultMaxBytes of calldata and at most maxRecords readings if that is set. The
// dry run shows this plan; a run measures the readings' gas and cuts by the same rule.
func ReadingBatches(rs []MeterReading, blockGasLimit uint64, maxRecords int) ([][]MeterReading, error) {
	a := marketABI()
	most := len(rs)
	if maxRecords > 0 {
		most = min(most, maxRecords)
	}
	n, _ := bulk.Fill(blockGasLimit, 0, most, readingBatchGas, readingBatchGas)
	cuts, err := bulk.Cut(len(rs), n, bulk.DefaultMaxBytes, func(lo, hi int) (int, error) {
		data, err := packReadings(a, rs[lo:hi])
		return len(data), err
	})
	if err != nil {
		return nil, err
	}
	out := make([][]MeterReading, len(cuts))
	for i, c := range cuts {
		out[i] = rs[c[0]:c[1]]
	}
	return out, nil
}

// MeterReading is one line of a readings file.
type MeterReading struct {
	Line     int
	Meter    common.Hash
	Interval uint64
	Wh       uint64
}

// ID is the reading's record ID in a bulk run: a meter has one reading per interval.
func (r MeterReading) ID() string { return fmt.Sprintf("%s/%d", r.Meter.Hex(), r.Interval) }

// ReadReadings reads lines 'meter,interval,wh' (a header line is allowed): the meter's
// serial (or its 0x hash), the interval number, the Wh delivered (prosumer) or used
// (consumer). A meter's interval given twice with different values is refused.
func ReadReadings(r io.Reader) ([]MeterReading, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = 3
	cr.TrimLeadingSpace = true
	var out []MeterReading
	seen := map[string]MeterReading{}
	for line := 1; ; line++ {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("line %d: %w (want meter,interval,wh)", line, err)
		}
		if line == 1 && strings.EqualFold(strings.TrimSpace(rec[0]), "meter") {
			continue
		}
		m, err := MeterHash(rec[0])
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", line, err)
		}
		k, err := strconv.ParseUint(strings.TrimSpace(rec[1]), 10, 64)
		if err != nil {
			return nil, fmt.Errorf("line %d: interval %q is not a whole number", line, rec[1])
		}
		wh, err := strconv.ParseUint(strings.TrimSpace(rec[2]), 10, 64)
		if err != nil || wh > 10_000_000 {
			return nil, fmt.Errorf("line %d: wh %q: want a whole number of Wh up to 10,000,000", line, rec[2])
		}
		rd := MeterReading{line, m, k, wh}
		if prev, ok := seen[rd.ID()]; ok {
			if prev.Wh != wh {
				return nil, fmt.Errorf("line %d: meter %s interval %d is on line %d already with %d Wh", line, rec[0], k, prev.Line, prev.Wh)
			}
			continue
		}
		seen[rd.ID()] = rd
		out = append(out, rd)
	}
	if len(out) == 0 {
		return nil, errors.New("no readings")
	}
	return out, nil
}

// ReadingsWork is the bulk work of posting one interval's readings: a batch is one
// postReadings; the readings the contract had already are its ReadingSkipped events.
func ReadingsWork(market common.Address, rs []MeterReading) bulk.Work[MeterReading] {
	a := marketABI()
	f, _ := solarmarket.NewSolarMarketFilterer(common.Address{}, nil)
	return bulk.Work[MeterReading]{
		Name: "readings", To: market, Records: rs, GasPerRecord: ReadingGas,
		ID:   func(r MeterReading) string { return r.ID() },
		Pack: func(b []MeterReading) ([]byte, error) { return packReadings(a, b) },
		Skipped: func(logs []*types.Log, _ common.Address) map[string]bool {
			out := map[string]bool{}
			for _, l := range logs {
				if ev, err := f.ParseReadingSkipped(*l); err == nil && l.Address == market {
					out[MeterReading{Meter: ev.Meter, Interval: ev.Interval}.ID()] = true
				}
			}
			return out
		},
	}
}

func readingsPost(c *cli.Context) error {
	if err := cmdkit.ExactArgs(c); err != nil {
		return err
	}
	path, err := cmdkit.RequireFlag(c, CSVFlag)
	if err != nil {
		return err
	}
	size := c.Int(BatchSizeFlag.Name)
	if c.IsSet(BatchSizeFlag.Name) && size < 1 {
		return cmdkit.Usagef("--batch-size %d: want at least 1 reading per transaction", size)
	}
	if err := bulk.CheckInFlight(c); err != nil {
		return err
	}
	f, err := os.Open(path)
	if err != nil {
		return cmdkit.Usagef("--csv: %v", err)
	}
	rs, err := ReadReadings(f)
	f.Close()
	if err != nil {
		return &cmdkit.UsageError{Err: fmt.Errorf("%s: %w; nothing sent", path, err)}
	}
	return cmdkit.With(c, deploy.SolarMarket, marketABI(), func(tx *cmdkit.Tx) error {
		if c.Bool(cmdkit.DryRunFlag.Name) {
			return readingsDryRun(c, tx, path, rs, size)
		}
		dir := c.String(ProgressDirFlag.Name)
		if dir == "" {
			dir = path + ".progress"
		}
		// As `mileage credit --csv` (bulk.CommandConfig): batches sized by the bulk sender
		// to fill blocks (Fill), eight blocks' worth in flight unless --in-flight says, and
		// on a devnet each batch handed to every node that answers, so that whichever
		// signer is in turn has it in its pool.
		base, done := bulk.CommandConfig(c, tx, dir)
		defer done()
		total := &bulk.Result{Nodes: base.Nodes}
		// One bulk run per interval: postReadings takes one interval's readings.
		for _, group := range byInterval(rs) {
			cfg := base
			cfg.Dir, cfg.MaxRecords = fmt.Sprintf("%s/%d", dir, group[0].Interval), size
			res, err := bulk.Send(c.Context, tx.EC, cfg, ReadingsWork(tx.To, group))
			if res != nil {
				total.Records += res.Records
				total.Sent += res.Sent
				total.Skipped += res.Skipped
				total.Failed = append(total.Failed, res.Failed...)
				total.Batches += res.Batches
				total.GasUsed += res.GasUsed
				total.Txs = append(total.Txs, res.Txs...)
			}
			if err != nil {
				return fmt.Errorf("%w; %d posted before it stopped. Run the same command again to send the rest: nothing is posted twice", err, total.Sent)
			}
		}
		if tx.G.JSON {
			if err := cmdkit.PrintJSON(c.App.Writer, map[string]any{"posted": total.Sent, "alreadyPosted": total.Skipped, "failed": total.Failed,
				"gasUsed": total.GasUsed, "transactions": total.Txs, "nodes": total.Nodes}); err != nil {
				return err
			}
		} else {
			fmt.Fprintf(c.App.Writer, "Posted %d of %s in %s in %s.\n", total.Sent, outcome.Plural(len(rs), "reading", "readings"), path,
				outcome.Plural(total.Batches, "transaction", "transactions"))
			if total.Skipped > 0 {
				fmt.Fprintf(c.App.Writer, "%s already posted and not counted again.\n", outcome.Plural(total.Skipped, "reading was", "readings were"))
			}
			if total.Nodes != nil { // as the other bulk commands' summary (bulk.Result.Summary)
				fmt.Fprintf(c.App.Writer, "Batches went to %s.\n", total.Nodes)
			}
		}
		if len(total.Failed) > 0 {
			for _, f := range total.Failed {
				fmt.Fprintf(c.App.ErrWriter, "  %s: %s\n", f.ID, f.Reason)
			}
			return fmt.Errorf("%s not posted (reasons above); fix the cause and run the same command again", outcome.Plural(len(total.Failed), "reading was", "readings were"))
		}
		return nil
	})
}

// readingsDryRun cuts the readings as a run would from the head's gas limit, and simulates
// every batch: a reading the contract would refuse (an interval not over, an unregistered
// meter, another value posted before) is named before anything is sent.
func readingsDryRun(c *cli.Context, tx *cmdkit.Tx, path string, rs []MeterReading, size int) error {
	head, err := tx.EC.HeaderByNumber(c.Context, nil)
	if err != nil {
		return fmt.Errorf("read the block gas limit: %w", err)
	}
	a := marketABI()
	var n int
	var gas uint64
	for _, group := range byInterval(rs) {
		batches, err := ReadingBatches(group, head.GasLimit, size)
		if err != nil {
			return err
		}
		for _, b := range batches {
			n++
			data, err := packReadings(a, b)
			if err != nil {
				return err
			}
			g, err := tx.Sender.Simulate(c.Context, txsend.Candidate{To: &tx.To, Data: data})
			if err != nil {
				return fmt.Errorf("batch %d (lines %d-%d): %w. Nothing sent", n, b[0].Line, b[len(b)-1].Line, cmdkit.ExplainRevert(err))
			}
			gas += g
		}
	}
	if tx.G.JSON {
		return cmdkit.PrintJSON(c.App.Writer, map[string]any{"dryRun": true, "readings": len(rs), "batches": n, "gas": gas})
	}
	_, err = fmt.Fprintf(c.App.Writer, "Dry run: %s in %s would be posted in %s (gas %d). Nothing sent.\n",
		outcome.Plural(len(rs), "reading", "readings"), path, outcome.Plural(n, "transaction", "transactions"), gas)
	return err
}

// byInterval groups readings by interval, in the order the intervals first appear.
func byInterval(rs []MeterReading) [][]MeterReading {
	index := map[uint64]int{}
	var out [][]MeterReading
	for _, r := range rs {
		i, ok := index[r.Interval]
		if !ok {
			i = len(out)
			index[r.Interval] = i
			out = append(out, nil)
		}
		out[i] = append(out[i], r)
	}
	return out
}
