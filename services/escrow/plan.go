package escrow

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/seoulchain/seoulchain/internal/amount"
	"github.com/seoulchain/seoulchain/internal/hexaddr"
	"github.com/seoulchain/seoulchain/internal/problems"
)

// Plan is a public-works contract's payment plan.
type Plan struct {
	Prime      common.Address
	Payees     []Payee
	Milestones []Milestone
}

// Payee is one recipient; Name is for people and stays off chain.
type Payee struct {
	Address common.Address
	Name    string
}

// Milestone is one progress payment; Shares[i] is Payees[i]'s part.
type Milestone struct {
	Name   string
	Amount *big.Int
	Shares []*big.Int
}

// ErrPlan is what a plan file's *PlanError unwraps to.
var ErrPlan = errors.New("payment plan has problems")

// PlanError lists every problem of a plan file.
type PlanError = problems.FileError

// Flat returns the plan as the contract takes it: payees, milestone amounts, and shares
// milestone by milestone in payee order.
func (p *Plan) Flat() (payees []common.Address, amounts, shares []*big.Int) {
	for _, pe := range p.Payees {
		payees = append(payees, pe.Address)
	}
	for _, m := range p.Milestones {
		amounts = append(amounts, m.Amount)
		shares = append(shares, m.Shares...)
	}
	return payees, amounts, shares
}

// ReadPlan reads a plan from a .json or .csv file. A CSV plan names its prime with prime
// (a JSON plan names its own; prime, if given, must match).
func ReadPlan(path string, prime string) (*Plan, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read plan %s: %w", path, err)
	}
	switch strings.ToLower(filepath.Ext(path)) {
	case ".json":
		return parseJSON(path, data, prime)
	case ".csv":
		return parseCSV(path, data, prime)
	}
	return nil, fmt.Errorf("read plan %s: want a .json or .csv file", path)
}

type planProblems struct{ problems.List }

func newProblems(path string) *planProblems {
	return &planProblems{problems.List{File: path, Kind: ErrPlan}}
}

func (ps *planProblems) add(where, format string, args ...any) { ps.Add(where, format, args...) }

func (ps *planProblems) err() error { return ps.Err() }

func (ps *planProblems) address(where, s string) (common.Address, bool) {
	a, err := hexaddr.Parse(s)
	if err != nil {
		ps.add(where, "%v", err)
		return common.Address{}, false
	}
	if a == (common.Address{}) {
		ps.add(where, "the zero address cannot be paid")
		return a, false
	}
	return a, true
}

func (ps *planProblems) won(where, s string) (*big.Int, bool) {
	v, err := amount.Parse(s, 0)
	if err != nil {
		ps.add(where, "%v (whole won)", err)
		return nil, false
	}
	return v, true
}

type jsonPlan struct {
	Prime  string `json:"prime"`
	Payees []struct {
		Address string `json:"address"`
		Name    string `json:"name"`
	} `json:"payees"`
	Milestones []struct {
		Name   string            `json:"name"`
		Amount string            `json:"amount"`
		Shares map[string]string `json:"shares"`
	} `json:"milestones"`
}

func parseJSON(path string, data []byte, primeFlag string) (*Plan, error) {
	var jp jsonPlan
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&jp); err != nil {
		ps := newProblems(path)
		ps.add("file", "not a plan: %v (keys: prime, payees[{address, name}], milestones[{name, amount, shares{address: amount}}])", err)
		return nil, ps.err()
	}
	ps := newProblems(path)
	plan := &Plan{}
	prime, _ := ps.address("prime", jp.Prime)
	if primeFlag != "" {
		if f, err := hexaddr.Parse(primeFlag); err != nil || f != prime {
			ps.add("prime", "the plan's prime %s differs from --prime %s", jp.Prime, primeFlag)
		}
	}
	plan.Prime = prime
	index := map[common.Address]int{}
	for i, p := range jp.Payees {
		where := fmt.Sprintf("payees[%d]", i)
		a, ok := ps.address(where+".address", p.Address)
		if !ok {
			continue
		}
		if j, dup := index[a]; dup {
			ps.add(where, "%s is already payees[%d]; list each payee once", a.Hex(), j)
			continue
		}
		index[a] = len(plan.Payees)
		plan.Payees = append(plan.Payees, Payee{Address: a, Name: p.Name})
	}
	for i, m := range jp.Milestones {
		where := fmt.Sprintf("milestones[%d] (%s)", i, m.Name)
		ms := Milestone{Name: m.Name, Shares: zeros(len(plan.Payees))}
		ms.Amount, _ = ps.won(where+".amount", m.Amount)
		keys := make([]string, 0, len(m.Shares))
		for k := range m.Shares {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, addr := range keys {
			share := m.Shares[addr]
			a, ok := ps.address(where+".shares", addr)
			if !ok {
				continue
			}
			p, listed := index[a]
			if !listed {
				ps.add(where+".shares", "%s is not in payees", a.Hex())
				continue
			}
			if v, ok := ps.won(fmt.Sprintf("%s.shares[%s]", where, addr), share); ok {
				ms.Shares[p] = v
			}
		}
		plan.Milestones = append(plan.Milestones, ms)
	}
	check(plan, ps, func(i int) string { return fmt.Sprintf("milestones[%d] (%s)", i, plan.Milestones[i].Name) })
	if err := ps.err(); err != nil {
		return nil, err
	}
	return plan, nil
}

// parseCSV reads rows of milestone,milestone_amount,payee,share[,payee_name].
func parseCSV(path string, data []byte, primeFlag string) (*Plan, error) {
	ps := newProblems(path)
	plan := &Plan{}
	if primeFlag == "" {
		ps.add("--prime", "a CSV plan needs --prime ADDRESS")
	} else {
		plan.Prime, _ = ps.address("--prime", primeFlag)
	}
	r := csv.NewReader(bytes.NewReader(data))
	r.FieldsPerRecord = -1
	r.TrimLeadingSpace = true
	payeeIdx := map[common.Address]int{}
	msIdx := map[string]int{}
	msLine := map[string]int{}
	type share struct {
		m, p int
		v    *big.Int
	}
	var rows []share
	for line := 1; ; line++ {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		where := fmt.Sprintf("line %d", line)
		if err != nil {
			ps.add(where, "%v", err)
			continue
		}
		if line == 1 && strings.EqualFold(strings.TrimSpace(rec[0]), "milestone") {
			continue // header
		}
		if len(rec) < 4 || len(rec) > 5 {
			ps.add(where, "want milestone,milestone_amount,payee,share[,payee_name]; got %d fields", len(rec))
			continue
		}
		name := strings.TrimSpace(rec[0])
		if name == "" {
			ps.add(where, "milestone name is empty")
			continue
		}
		mAmount, okAmount := ps.won(where+" milestone_amount", rec[1])
		addr, okAddr := ps.address(where+" payee", rec[2])
		v, okShare := ps.won(where+" share", rec[3])
		m, seen := msIdx[name]
		if !seen {
			m = len(plan.Milestones)
			msIdx[name], msLine[name] = m, line
			plan.Milestones = append(plan.Milestones, Milestone{Name: name, Amount: mAmount})
		} else if okAmount && plan.Milestones[m].Amount != nil && plan.Milestones[m].Amount.Cmp(mAmount) != 0 {
			ps.add(where, "milestone %q amount %s differs from %s on line %d", name, amount.Format(mAmount, 0), amount.Format(plan.Milestones[m].Amount, 0), msLine[name])
		}
		if !okAddr || !okShare {
			continue
		}
		p, known := payeeIdx[addr]
		if !known {
			p = len(plan.Payees)
			payeeIdx[addr] = p
			pn := ""
			if len(rec) == 5 {
				pn = strings.TrimSpace(rec[4])
			}
			plan.Payees = append(plan.Payees, Payee{Address: addr, Name: pn})
		}
		for _, s := range rows {
			if s.m == m && s.p == p {
				ps.add(where, "payee %s appears twice in milestone %q", addr.Hex(), name)
			}
		}
		rows = append(rows, share{m, p, v})
	}
	for i := range plan.Milestones {
		plan.Milestones[i].Shares = zeros(len(plan.Payees))
	}
	for _, s := range rows {
		plan.Milestones[s.m].Shares[s.p] = s.v
	}
	check(plan, ps, func(i int) string {
		return fmt.Sprintf("line %d (milestone %q)", msLine[plan.Milestones[i].Name], plan.Milestones[i].Name)
	})
	if err := ps.err(); err != nil {
		return nil, err
	}
	return plan, nil
}

func zeros(n int) []*big.Int {
	out := make([]*big.Int, n)
	for i := range out {
		out[i] = new(big.Int)
	}
	return out
}

// check applies the contract's rules across the plan.
func check(plan *Plan, ps *planProblems, where func(i int) string) {
	if len(plan.Payees) == 0 {
		ps.add("payees", "no payees")
	}
	if len(plan.Milestones) == 0 {
		ps.add("milestones", "no milestones")
	}
	primeListed := false
	for _, p := range plan.Payees {
		if p.Address == plan.Prime {
			primeListed = true
		}
	}
	if plan.Prime != (common.Address{}) && !primeListed {
		ps.add("prime", "%s is not among the payees: list the prime's own line (it may be 0 in some milestones)", plan.Prime.Hex())
	}
	totals := zeros(len(plan.Payees))
	for i, m := range plan.Milestones {
		if m.Amount == nil {
			continue
		}
		if m.Amount.Sign() == 0 {
			ps.add(where(i), "milestone amount is 0")
		}
		sum := new(big.Int)
		for p, s := range m.Shares {
			sum.Add(sum, s)
			totals[p].Add(totals[p], s)
		}
		if sum.Cmp(m.Amount) != 0 {
			ps.add(where(i), "shares add up to %s, the milestone amount is %s", amount.Format(sum, 0), amount.Format(m.Amount, 0))
		}
	}
	for p, t := range totals {
		if t.Sign() == 0 && len(plan.Milestones) > 0 {
			ps.add("payees", "%s has no amount in any milestone", plan.Payees[p].Address.Hex())
		}
	}
}

// planHashArgs is the layout the escrow hashes a plan in: abi.encode(uint256[], uint256[]).
var planHashArgs = func() abi.Arguments {
	t, err := abi.NewType("uint256[]", "", nil)
	if err != nil {
		panic(err) // a constant type name
	}
	return abi.Arguments{{Type: t}, {Type: t}}
}()

// PlanHash is the escrow's hash of a plan, keccak256(abi.encode(milestoneAmounts, shares)):
// an amendment's planHash, and for the plan in force the hash computed from it, so that
// names kept off chain are matched to the plan they were given for.
func PlanHash(amounts, shares []*big.Int) common.Hash {
	data, err := planHashArgs.Pack(amounts, shares)
	if err != nil {
		panic(fmt.Sprintf("pack plan: %v", err)) // both are []*big.Int
	}
	return crypto.Keccak256Hash(data)
}

// Names are the plan's names of contract, for the notes.
func (p *Plan) Names(contract uint64) PlanNames {
	_, amounts, shares := p.Flat()
	n := PlanNames{Contract: contract, PlanHash: PlanHash(amounts, shares), Payees: map[common.Address]string{}}
	for _, pe := range p.Payees {
		if pe.Name != "" {
			n.Payees[pe.Address] = pe.Name
		}
	}
	for _, m := range p.Milestones {
		n.Milestones = append(n.Milestones, m.Name)
	}
	return n
}
