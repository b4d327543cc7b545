package labour

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/seoulchain/seoulchain/internal/cmdkit"
)

// WorkRecordSchema is the credentials service's schema a work record is issued under
// (`seoulchain cred schema register work_record`; the employer an issuer of it).
const WorkRecordSchema = "work_record"

// WorkRecord is what a worker keeps of a contract: who employed them, when, how long, and
// whether they were paid in full.
type WorkRecord struct {
	Contract   uint64         `json:"contract"`
	Employer   common.Address `json:"employer"`
	Worker     common.Address `json:"worker"`
	From       string         `json:"from"`
	To         string         `json:"to"` // the last day, or "ongoing"
	Minutes    int            `json:"minutes"`
	PaidInFull bool           `json:"paidInFull"`
	Arrears    int64          `json:"arrears"`
}

// Record is the work record of a contract view.
func Record(v *ContractView) WorkRecord {
	r := WorkRecord{Contract: v.ID, Employer: v.Employer, Worker: v.Worker, From: v.Start, To: v.End,
		Minutes: v.Minutes["paid"] + v.Minutes["confirmed"], PaidInFull: v.PaidInFull, Arrears: v.Arrears}
	if v.Status != "ended" || r.To == "" {
		r.To = "ongoing"
	}
	return r
}

// Fields are the record as credential facts (NAME=VALUE), in name order.
func (r WorkRecord) Fields() []string {
	m := map[string]string{
		"contract": strconv.FormatUint(r.Contract, 10), "employer": r.Employer.Hex(), "from": r.From, "to": r.To,
		"minutes": strconv.Itoa(r.Minutes), "paidInFull": strconv.FormatBool(r.PaidInFull),
	}
	var out []string
	for k, v := range m {
		out = append(out, k+"="+v)
	}
	sort.Strings(out)
	return out
}

// IssueCommand is the `seoulchain cred issue` line that attests the record to the worker.
func (r WorkRecord) IssueCommand() string {
	var b strings.Builder
	fmt.Fprintf(&b, "seoulchain cred issue --schema %s --holder %s", WorkRecordSchema, r.Worker.Hex())
	for _, f := range r.Fields() {
		fmt.Fprintf(&b, " --field %s", f)
	}
	fmt.Fprintf(&b, " --out work-record-%d.json", r.Contract)
	return b.String()
}

func record(c *cli.Context) error {
	id, err := cmdkit.IDArg(c)
	if err != nil {
		return err
	}
	return withChain(c, func(ch *Chain, rd *cmdkit.Reader) error {
		v, err := ch.View(c.Context, id)
		if err != nil {
			return err
		}
		if v.Status != "active" && v.Status != "ended" {
			return fmt.Errorf("contract #%s is %s: there is a work record only of a contract the worker signed", id, v.Status)
		}
		r := Record(v)
		if rd.G.JSON {
			return cmdkit.PrintJSON(c.App.Writer, map[string]any{"record": r, "issue": r.IssueCommand()})
		}
		paid := "paid in full"
		if !r.PaidInFull {
			paid = fmt.Sprintf("NOT paid in full (%d won in arrears)", r.Arrears)
		}
		w := c.App.Writer
		fmt.Fprintf(w, "Work record of contract #%d: worker %s, employer %s, %s to %s, %s worked, %s\n",
			r.Contract, r.Worker.Hex(), r.Employer.Hex(), r.From, r.To, hours(r.Minutes), paid)
		fmt.Fprintf(w, "The employer attests it to the worker as a credential (the employer's key, an issuer of %s):\n  %s\n",
			WorkRecordSchema, r.IssueCommand())
		return nil
	})
}
