package vehicle

import (
	"fmt"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/urfave/cli/v2"

	"github.com/seoulchain/seoulchain/bindings/vehicleregistry"
	"github.com/seoulchain/seoulchain/internal/bulk"
	"github.com/seoulchain/seoulchain/internal/cmdkit"
	"github.com/seoulchain/seoulchain/internal/deploy"
	"github.com/seoulchain/seoulchain/services/internal/outcome"
)

// RecordGas bounds the gas of one record in a recordBatch (an inspection of a car the centre
// read before costs about 91k in a batch, of one it reads for the first time 141k, its
// reading's storage word and the centre's count of that car's readings included:
// bench/vehicle_test.go); it sizes batches before any is measured.
const RecordGas = 120_000

// RegistrationGas bounds the gas of one registration in a registerBatch (the VIN is in
// its event; a vehicle's state takes two fresh slots).
const RegistrationGas = 120_000

// RegistrationWork is the bulk work of registering vehicles: registrations keyed by their
// record ID, a batch one registerBatch, and those registered before read from the batch's
// RecordSkipped events, as for records.
func RegistrationWork(reg common.Address, regs []vehicleregistry.VehicleRegistryRegistration) bulk.Work[vehicleregistry.VehicleRegistryRegistration] {
	a := registryABIOf()
	return bulk.Work[vehicleregistry.VehicleRegistryRegistration]{
		Name: "registrations", To: reg, Records: regs, GasPerRecord: RegistrationGas,
		ID: func(r vehicleregistry.VehicleRegistryRegistration) string { return common.Hash(r.Id).Hex() },
		Pack: func(rs []vehicleregistry.VehicleRegistryRegistration) ([]byte, error) {
			return a.Pack("registerBatch", rs)
		},
		Skipped: skippedBy(reg),
	}
}

// skippedBy reads the RecordSkipped events of the registry at reg that name key.
func skippedBy(reg common.Address) func(logs []*types.Log, key common.Address) map[string]bool {
	f, _ := vehicleregistry.NewVehicleRegistryFilterer(common.Address{}, nil)
	return func(logs []*types.Log, key common.Address) map[string]bool {
		out := map[string]bool{}
		for _, l := range logs {
			if ev, err := f.ParseRecordSkipped(*l); err == nil && l.Address == reg && ev.Recorder == key {
				out[common.Hash(ev.Id).Hex()] = true
			}
		}
		return out
	}
}

// RecordWork is the bulk work of appending records to the registry at reg: records keyed
// by their ID, a batch one recordBatch, and the records the batch's key had sent before
// read from its RecordSkipped events. The relayer's batch route cuts by the same rules.
func RecordWork(reg common.Address, recs []vehicleregistry.VehicleRegistryRecord) bulk.Work[vehicleregistry.VehicleRegistryRecord] {
	a := registryABIOf()
	return bulk.Work[vehicleregistry.VehicleRegistryRecord]{
		Name: "records", To: reg, Records: recs, GasPerRecord: RecordGas,
		ID: func(r vehicleregistry.VehicleRegistryRecord) string { return common.Hash(r.Id).Hex() },
		Pack: func(rs []vehicleregistry.VehicleRegistryRecord) ([]byte, error) {
			return a.Pack("recordBatch", rs)
		},
		Skipped: skippedBy(reg),
	}
}

func importCmd(c *cli.Context) error {
	if err := cmdkit.ExactArgs(c); err != nil {
		return err
	}
	path, err := cmdkit.RequireFlag(c, CSVFlag)
	if err != nil {
		return err
	}
	if err := bulk.CheckInFlight(c); err != nil {
		return err
	}
	// Check the whole file before the key is opened (IDs are made again with the key).
	if _, _, err := ReadInputs(path, common.Address{}, now()); err != nil {
		return &cmdkit.UsageError{Err: err}
	}
	return cmdkit.With(c, deploy.VehicleRegistry, registryABIOf(), func(tx *cmdkit.Tx) error {
		_, recs, err := ReadInputs(path, tx.Sender.From(), now())
		if err != nil {
			return &cmdkit.UsageError{Err: err}
		}
		return sendFile(c, tx, path, "record", "recorded", RecordWork(tx.To, recs))
	})
}

// registerFile registers every vehicle of register --csv FILE.
func registerFile(c *cli.Context, path string) error {
	if err := cmdkit.ExactArgs(c); err != nil {
		return cmdkit.Usagef("give a VIN or --csv FILE, not both")
	}
	if err := bulk.CheckInFlight(c); err != nil {
		return err
	}
	if _, err := ReadRegistrations(path, common.Address{}, now()); err != nil {
		return &cmdkit.UsageError{Err: err}
	}
	return cmdkit.With(c, deploy.VehicleRegistry, registryABIOf(), func(tx *cmdkit.Tx) error {
		regs, err := ReadRegistrations(path, tx.Sender.From(), now())
		if err != nil {
			return &cmdkit.UsageError{Err: err}
		}
		return sendFile(c, tx, path, "registration", "registered", RegistrationWork(tx.To, regs))
	})
}

// sendFile sends the work of the file at path: through the relayer when one is configured
// and relays the work's batch function (gasless for the key, which the chain names as the
// recorder), else from the key through the bulk sender. noun and done name a record in the
// output ("registration", "registered").
func sendFile[R any](c *cli.Context, tx *cmdkit.Tx, path, noun, done string, w bulk.Work[R]) error {
	n := len(w.Records)
	if c.Bool(cmdkit.DryRunFlag.Name) {
		data, err := w.Pack(w.Records[:min(n, 50)])
		if err != nil {
			return err
		}
		return cmdkit.SendOrSimulate(c, tx, tx.To, data, fmt.Sprintf("send the first %d of %s", min(n, 50), outcome.Plural(n, noun, noun+"s")))
	}
	progress := bulk.NewProgress(c.App.ErrWriter, 2*time.Second)
	rc, fwd, err := relayerFor(c, tx, methodOf(w))
	if err != nil {
		return err
	}
	var res *bulk.Result
	resume := "the " + noun + "s on chain are left out and nothing is " + done + " twice"
	if rc != nil {
		res, err = relayedImport(c.Context, tx, rc, fwd, w, progress)
	} else {
		dir := c.String(ProgressDirFlag.Name)
		if dir == "" {
			dir = fmt.Sprintf("%s.progress-%s", path, strings.ToLower(tx.Sender.From().Hex()[2:10]))
		}
		resume = "the batches in flight are followed from " + dir + " and nothing is " + done + " twice"
		cfg, closeNodes := bulk.CommandConfig(c, tx, dir)
		defer closeNodes()
		cfg.Progress = progress
		res, err = bulk.Send(c.Context, tx.EC, cfg, w)
	}
	if res == nil {
		return err
	}
	if err != nil {
		return fmt.Errorf("%w; %d %s before it stopped. Run the same command again to send the rest: %s", err, res.Sent, done, resume)
	}
	if tx.G.JSON {
		out := map[string]any{done: res.Sent, "already" + strings.ToUpper(done[:1]) + done[1:]: res.Skipped, "failed": res.Failed,
			"gasUsed": res.GasUsed, "seconds": res.Elapsed.Seconds(), "transactions": res.Txs, "nodes": res.Nodes}
		if rc != nil {
			out["relayer"] = rc.URL()
		}
		if err := cmdkit.PrintJSON(c.App.Writer, out); err != nil {
			return err
		}
	} else {
		via := ""
		if rc != nil && res.Batches > 0 {
			via = fmt.Sprintf(" (gasless: relayed by %s)", rc.URL())
		}
		verb := strings.ToUpper(done[:1]) + done[1:]
		fmt.Fprintf(c.App.Writer, "%s %d of %s in %s in %s%s.\n", verb, res.Sent, outcome.Plural(n, noun, noun+"s"), path,
			outcome.Plural(res.Batches, "transaction", "transactions"), via)
		if res.Skipped > 0 {
			fmt.Fprintf(c.App.Writer, "%s already %s and not %s again.\n", outcome.Plural(res.Skipped, noun+" was", noun+"s were"), done, done)
		}
		fmt.Fprint(c.App.Writer, res.Summary(strings.TrimSuffix(w.Name, "s"), w.Name))
	}
	if len(res.Failed) > 0 {
		others := "; the others were"
		if res.Sent+res.Skipped == 0 {
			others = ""
		}
		return fmt.Errorf("%s not %s (reasons above)%s. Fix the cause and run the same command again: only those are sent",
			outcome.Plural(len(res.Failed), noun+" was", noun+"s were"), done, others)
	}
	return nil
}

// methodOf is the name of the registry function the work's batches call.
func methodOf[R any](w bulk.Work[R]) string {
	data, err := w.Pack(nil)
	if err != nil || len(data) < 4 {
		return ""
	}
	m, err := registryABIOf().MethodById(data[:4])
	if err != nil {
		return ""
	}
	return m.Name
}
