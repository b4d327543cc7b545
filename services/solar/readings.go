package solar

import (
	"crypto/ecdsa"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/urfave/cli/v2"

	"github.com/seoulchain/seoulchain/bindings/solarmarket"
	"github.com/seoulchain/seoulchain/internal/bulk"
	"github.com/seoulchain/seoulchain/internal/cmdkit"
	"github.com/seoulchain/seoulchain/internal/deploy"
	"github.com/seoulchain/seoulchain/services/internal/outcome"
)

// ReadingGas is a reading's gas in a batch (a new storage slot, an event, the meter's area
// read), for cutting batches before the estimate.
const ReadingGas = 40_000

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
		ID: func(r MeterReading) string { return r.ID() },
		Pack: func(b []MeterReading) ([]byte, error) {
			meters := make([][32]byte, len(b))
			wh := make([]uint64, len(b))
			for i, r := range b {
				if r.Interval != b[0].Interval {
					return nil, fmt.Errorf("batch mixes intervals %d and %d", b[0].Interval, r.Interval)
				}
				meters[i], wh[i] = r.Meter, r.Wh
			}
			return a.Pack("postReadings", b[0].Interval, meters, wh)
		},
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
			return cmdkit.Note(c, fmt.Sprintf("Dry run: %s in %s would be posted. Nothing sent.", outcome.Plural(len(rs), "reading", "readings"), path))
		}
		abis, _ := deploy.ABIs()
		dir := c.String(ProgressDirFlag.Name)
		if dir == "" {
			dir = path + ".progress"
		}
		total := &bulk.Result{}
		// One bulk run per interval: postReadings takes one interval's readings.
		for _, group := range byInterval(rs) {
			res, err := bulk.Send(c.Context, tx.EC, bulk.Config{
				Dir: fmt.Sprintf("%s/%d", dir, group[0].Interval), Keys: []*ecdsa.PrivateKey{tx.Key.PrivateKey}, Pin: tx.Sender.From(),
				MaxRecords: c.Int(BatchSizeFlag.Name), InFlight: c.Int(InFlightFlag.Name),
				Progress: bulk.NewProgress(c.App.ErrWriter, 2*time.Second), ABIs: abis, Log: tx.Log,
			}, ReadingsWork(tx.To, group))
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
				"gasUsed": total.GasUsed, "transactions": total.Txs}); err != nil {
				return err
			}
		} else {
			fmt.Fprintf(c.App.Writer, "Posted %d of %s in %s in %s.\n", total.Sent, outcome.Plural(len(rs), "reading", "readings"), path,
				outcome.Plural(total.Batches, "transaction", "transactions"))
			if total.Skipped > 0 {
				fmt.Fprintf(c.App.Writer, "%s already posted and not counted again.\n", outcome.Plural(total.Skipped, "reading was", "readings were"))
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
