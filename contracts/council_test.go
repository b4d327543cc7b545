package contracts

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/seoulchain/seoulchain/bindings/citycouncil"
	"github.com/seoulchain/seoulchain/bindings/krwtoken"
	"github.com/seoulchain/seoulchain/internal/deploy"
)

// councilDelay is the test council's delay between the last approval and execution.
const councilDelay = time.Hour

// The council's proposal states (CityCouncil.ProposalState).
const (
	stateUnknown uint8 = iota
	stateProposed
	stateWaiting
	stateReady
	stateExecuted
	stateCancelled
)

// councilWorld is a 2-of-3 council (m1, m2, m3) with a guard holding the emergency role and
// a stray account with no role, administering a KRW token: the council holds its admin and
// pauser roles, the deployer renounced its own.
type councilWorld struct {
	t                       *testing.T
	m1, m2, m3, guard, bank *account
	stray                   *account
	council, token          common.Address
	cc, krw                 *abi.ABI
	salt                    byte
}

// call is one call of an operation.
type call struct {
	to   common.Address
	data []byte
}

func newCouncilWorld(t *testing.T) *councilWorld {
	t.Helper()
	acc := accounts(t, 6)
	w := &councilWorld{t: t, m1: acc[0], m2: acc[1], m3: acc[2], guard: acc[3], stray: acc[4], bank: acc[5]}
	w.cc, _ = citycouncil.CityCouncilMetaData.GetAbi()
	w.krw, _ = krwtoken.KRWTokenMetaData.GetAbi()
	w.token = w.m1.deployOne(deploy.KRWToken)
	w.council = w.m1.DeployCouncil(&deploy.Council{
		Members:      []common.Address{w.m1.addr(), w.m2.addr(), w.m3.addr()},
		Threshold:    2,
		DelaySeconds: uint64(councilDelay / time.Second),
		Emergency:    []common.Address{w.guard.addr()},
	}, w.token)
	admin, pauser := common.Hash{}, crypto.Keccak256Hash([]byte("PAUSER_ROLE"))
	w.m1.ok(w.token, w.krw, "grantRole", admin, w.council)
	w.m1.ok(w.token, w.krw, "grantRole", pauser, w.council)
	for _, role := range []string{"ISSUER_ROLE", "PAUSER_ROLE"} {
		w.m1.ok(w.token, w.krw, "renounceRole", crypto.Keccak256Hash([]byte(role)), w.m1.addr())
	}
	w.m1.ok(w.token, w.krw, "renounceRole", admin, w.m1.addr())
	return w
}

// grantIssuer is the call that makes the bank the KRW issuer.
func (w *councilWorld) grantIssuer() call {
	return w.tokenCall("grantRole", crypto.Keccak256Hash([]byte("ISSUER_ROLE")), w.bank.addr())
}

func (w *councilWorld) tokenCall(method string, args ...any) call {
	w.t.Helper()
	data, err := w.krw.Pack(method, args...)
	if err != nil {
		w.t.Fatal(err)
	}
	return call{w.token, data}
}

func (w *councilWorld) selfCall(method string, args ...any) call {
	w.t.Helper()
	data, err := w.cc.Pack(method, args...)
	if err != nil {
		w.t.Fatal(err)
	}
	return call{w.council, data}
}

// op packs calls as propose's arguments with a fresh salt.
func (w *councilWorld) op(calls ...call) []any {
	w.salt++
	targets, values, payloads := make([]common.Address, len(calls)), make([]*big.Int, len(calls)), make([][]byte, len(calls))
	for i, c := range calls {
		targets[i], values[i], payloads[i] = c.to, new(big.Int), c.data
	}
	return []any{targets, values, payloads, [32]byte{w.salt}}
}

// propose proposes op from by and returns its id.
func (w *councilWorld) propose(by *account, op []any) [32]byte {
	w.t.Helper()
	by.ok(w.council, w.cc, "propose", op...)
	return w.id(op)
}

// id is op's operation id, as the council hashes it.
func (w *councilWorld) id(op []any) [32]byte {
	w.t.Helper()
	return w.stray.call(w.council, w.cc, "hashOperationBatch", op[0], op[1], op[2], [32]byte{}, op[3])[0].([32]byte)
}

func (w *councilWorld) state(id [32]byte) uint8 {
	w.t.Helper()
	return w.stray.call(w.council, w.cc, "proposalState", id)[0].(uint8)
}

func (w *councilWorld) wait(d time.Duration) {
	w.t.Helper()
	if err := w.m1.chain.AdjustTime(d); err != nil {
		w.t.Fatal(err)
	}
}

func (w *councilWorld) hasRole(role string, who common.Address) bool {
	w.t.Helper()
	id := common.Hash{}
	if role != "DEFAULT_ADMIN_ROLE" {
		id = crypto.Keccak256Hash([]byte(role))
	}
	return w.stray.call(w.token, w.krw, "hasRole", id, who)[0].(bool)
}

func idHex(id [32]byte) string { return common.Hash(id).Hex() }

// TestCouncilOperationLifecycle: k approvals, then the delay, then anyone executes, once.
func TestCouncilOperationLifecycle(t *testing.T) {
	w := newCouncilWorld(t)
	op := w.op(w.grantIssuer())
	id := w.propose(w.m1, op)
	if got := w.state(id); got != stateProposed {
		t.Fatalf("state after propose = %d, want Proposed", got)
	}

	// One approval (the proposer's) of two: nobody can execute.
	_, err := w.stray.send(w.council, w.cc, "executeProposal", id)
	reverts(t, err, "CouncilNotEnoughApprovals", map[string]string{"id": idHex(id), "approvals": "1", "threshold": "2"})
	_, err = w.stray.send(w.council, w.cc, "executeBatch", op[0], op[1], op[2], [32]byte{}, op[3])
	reverts(t, err, "CouncilNotEnoughApprovals", nil)

	// The second approval schedules it: executing before the delay is refused.
	r := w.m2.ok(w.council, w.cc, "approve", id)
	event(t, r, "CallScheduled")
	if got := w.state(id); got != stateWaiting {
		t.Fatalf("state after the second approval = %d, want Waiting", got)
	}
	_, err = w.stray.send(w.council, w.cc, "executeProposal", id)
	reverts(t, err, "CouncilTooEarly", map[string]string{"id": idHex(id)})
	if w.hasRole("ISSUER_ROLE", w.bank.addr()) {
		t.Fatal("the bank is issuer before the operation ran")
	}

	// After the delay anyone executes, and the call is the council's.
	w.wait(councilDelay + time.Second)
	if got := w.state(id); got != stateReady {
		t.Fatalf("state after the delay = %d, want Ready", got)
	}
	w.stray.ok(w.council, w.cc, "executeProposal", id)
	if !w.hasRole("ISSUER_ROLE", w.bank.addr()) {
		t.Fatal("the executed operation did not grant the issuer role")
	}
	if got := w.state(id); got != stateExecuted {
		t.Fatalf("state after execution = %d, want Executed", got)
	}

	// Once only, by either door; and approvals are closed.
	_, err = w.stray.send(w.council, w.cc, "executeProposal", id)
	reverts(t, err, "CouncilAlreadyExecuted", map[string]string{"id": idHex(id)})
	_, err = w.stray.send(w.council, w.cc, "executeBatch", op[0], op[1], op[2], [32]byte{}, op[3])
	reverts(t, err, "CouncilAlreadyExecuted", nil)
	_, err = w.m3.send(w.council, w.cc, "approve", id)
	reverts(t, err, "CouncilAlreadyExecuted", nil)
}

// TestCouncilExecuteBatchByAnyone: the timelock's own executeBatch, with the calls, works as
// executeProposal does.
func TestCouncilExecuteBatchByAnyone(t *testing.T) {
	w := newCouncilWorld(t)
	op := w.op(w.grantIssuer())
	id := w.propose(w.m2, op)
	w.m3.ok(w.council, w.cc, "approve", id)
	w.wait(councilDelay + time.Second)
	w.stray.ok(w.council, w.cc, "executeBatch", op[0], op[1], op[2], [32]byte{}, op[3])
	if !w.hasRole("ISSUER_ROLE", w.bank.addr()) || w.state(id) != stateExecuted {
		t.Fatal("executeBatch did not run the operation")
	}
}

func TestCouncilRefusals(t *testing.T) {
	w := newCouncilWorld(t)
	op := w.op(w.grantIssuer())
	id := w.propose(w.m1, op)
	empty := []any{[]common.Address{}, []*big.Int{}, [][]byte{}, [32]byte{9}}
	for _, tc := range []struct {
		name   string
		from   *account
		method string
		args   []any
		want   string
		fields map[string]string
	}{
		{"approval by a non-member", w.stray, "approve", []any{id}, "CouncilNotMember", map[string]string{"account": w.stray.addr().Hex()}},
		{"proposal by a non-member", w.stray, "propose", w.op(w.grantIssuer()), "CouncilNotMember", nil},
		{"cancel by a non-member", w.stray, "cancel", []any{id}, "CouncilNotMember", nil},
		{"duplicate approval", w.m1, "approve", []any{id}, "CouncilAlreadyApproved", map[string]string{"id": idHex(id), "member": w.m1.addr().Hex()}},
		{"the same operation twice", w.m2, "propose", op, "CouncilAlreadyProposed", map[string]string{"id": idHex(id)}},
		{"approval of an unknown operation", w.m2, "approve", []any{[32]byte{1}}, "CouncilUnknownOperation", nil},
		{"execution of an unknown operation", w.stray, "executeProposal", []any{[32]byte{1}}, "CouncilUnknownOperation", nil},
		{"an operation without calls", w.m1, "propose", empty, "CouncilEmptyOperation", nil},
		{"scheduling without approvals", w.stray, "scheduleApproved", []any{id}, "CouncilNotEnoughApprovals", nil},
		{"scheduling around the approvals", w.m1, "scheduleBatch", []any{op[0], op[1], op[2], [32]byte{}, [32]byte{7}, big.NewInt(3600)}, "AccessControlUnauthorizedAccount", nil},
		{"a member changing membership directly", w.m1, "addMember", []any{w.stray.addr()}, "TimelockUnauthorizedCaller", nil},
		{"a member changing the threshold directly", w.m1, "setThreshold", []any{big.NewInt(1)}, "TimelockUnauthorizedCaller", nil},
		{"a member changing the delay directly", w.m1, "updateDelay", []any{big.NewInt(0)}, "TimelockUnauthorizedCaller", nil},
		{"a member granting a council role directly", w.m1, "grantRole", []any{crypto.Keccak256Hash([]byte("EMERGENCY_ROLE")), w.m1.addr()}, "AccessControlUnauthorizedAccount", nil},
		{"a former deployer's admin call on the token", w.m1, "grantRole", nil, "AccessControlUnauthorizedAccount", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			to, c := w.council, w.cc
			args := tc.args
			if args == nil { // the one call on the token
				to, c, args = w.token, w.krw, []any{crypto.Keccak256Hash([]byte("ISSUER_ROLE")), w.m1.addr()}
			}
			_, err := tc.from.send(to, c, tc.method, args...)
			reverts(t, err, tc.want, tc.fields)
		})
	}
}

// TestCouncilCancel: any member cancels during the delay (or before the approvals); a
// cancelled operation never runs.
func TestCouncilCancel(t *testing.T) {
	w := newCouncilWorld(t)
	scheduled := w.op(w.grantIssuer())
	id := w.propose(w.m1, scheduled)
	w.m2.ok(w.council, w.cc, "approve", id)
	// m3 did not approve, and may still cancel.
	r := w.m3.ok(w.council, w.cc, "cancel", id)
	event(t, r, "ProposalCancelled")
	event(t, r, "Cancelled") // the timelock forgot it too
	if got := w.state(id); got != stateCancelled {
		t.Fatalf("state after cancel = %d, want Cancelled", got)
	}
	w.wait(councilDelay + time.Second)
	_, err := w.stray.send(w.council, w.cc, "executeProposal", id)
	reverts(t, err, "CouncilOperationCancelled", map[string]string{"id": idHex(id)})
	_, err = w.stray.send(w.council, w.cc, "executeBatch", scheduled[0], scheduled[1], scheduled[2], [32]byte{}, scheduled[3])
	reverts(t, err, "CouncilOperationCancelled", nil)
	_, err = w.m3.send(w.council, w.cc, "approve", id)
	reverts(t, err, "CouncilOperationCancelled", nil)
	_, err = w.m1.send(w.council, w.cc, "cancel", id)
	reverts(t, err, "CouncilOperationCancelled", nil)
	if w.hasRole("ISSUER_ROLE", w.bank.addr()) {
		t.Fatal("a cancelled operation ran")
	}

	// Cancelled before its approvals: it is never scheduled.
	pending := w.propose(w.m1, w.op(w.grantIssuer()))
	w.m1.ok(w.council, w.cc, "cancel", pending)
	_, err = w.m2.send(w.council, w.cc, "approve", pending)
	reverts(t, err, "CouncilOperationCancelled", nil)

	// Executed: too late to cancel.
	done := w.propose(w.m1, w.op(w.grantIssuer()))
	w.m2.ok(w.council, w.cc, "approve", done)
	w.wait(councilDelay + time.Second)
	w.stray.ok(w.council, w.cc, "executeProposal", done)
	_, err = w.m3.send(w.council, w.cc, "cancel", done)
	reverts(t, err, "CouncilAlreadyExecuted", nil)
}

// TestCouncilEmergencyPause: the guard pauses a pause target at once and can do nothing
// else; unpausing waits the delay.
func TestCouncilEmergencyPause(t *testing.T) {
	w := newCouncilWorld(t)
	_, err := w.stray.send(w.council, w.cc, "emergencyPause", w.token)
	reverts(t, err, "AccessControlUnauthorizedAccount", map[string]string{"account": w.stray.addr().Hex()})
	_, err = w.m1.send(w.council, w.cc, "emergencyPause", w.token)
	reverts(t, err, "AccessControlUnauthorizedAccount", nil) // a member is no guard
	_, err = w.guard.send(w.council, w.cc, "emergencyPause", w.council)
	reverts(t, err, "CouncilNotPauseTarget", map[string]string{"target": w.council.Hex()})

	r := w.guard.ok(w.council, w.cc, "emergencyPause", w.token)
	event(t, r, "EmergencyPaused")
	if !w.stray.call(w.token, w.krw, "paused")[0].(bool) {
		t.Fatal("the token is not paused")
	}
	// The guard holds no role on the token: it cannot unpause, nor anything else there.
	_, err = w.guard.send(w.token, w.krw, "unpause")
	reverts(t, err, "AccessControlUnauthorizedAccount", nil)

	id := w.propose(w.m1, w.op(w.tokenCall("unpause")))
	w.m2.ok(w.council, w.cc, "approve", id)
	_, err = w.stray.send(w.council, w.cc, "executeProposal", id)
	reverts(t, err, "CouncilTooEarly", nil)
	w.wait(councilDelay + time.Second)
	w.stray.ok(w.council, w.cc, "executeProposal", id)
	if w.stray.call(w.token, w.krw, "paused")[0].(bool) {
		t.Fatal("the token is still paused after the council's unpause")
	}
}

// TestCouncilGovernsItself: membership and threshold change through the council's own
// operations, and approvals count among current members only.
func TestCouncilGovernsItself(t *testing.T) {
	w := newCouncilWorld(t)
	run := func(calls ...call) [32]byte {
		t.Helper()
		id := w.propose(w.m1, w.op(calls...))
		w.m2.ok(w.council, w.cc, "approve", id)
		w.wait(councilDelay + time.Second)
		return id
	}

	// A threshold above the members is refused when the operation runs.
	id := run(w.selfCall("setThreshold", big.NewInt(4)))
	_, err := w.stray.send(w.council, w.cc, "executeProposal", id)
	reverts(t, err, "CouncilBadThreshold", map[string]string{"threshold": "4", "members": "3"})

	// Add the stray as a fourth member and require three approvals.
	id = run(w.selfCall("addMember", w.stray.addr()), w.selfCall("setThreshold", big.NewInt(3)))
	w.stray.ok(w.council, w.cc, "executeProposal", id)
	if !w.stray.call(w.council, w.cc, "isMember", w.stray.addr())[0].(bool) {
		t.Fatal("the stray is not a member after the operation")
	}
	if got := w.stray.bigCall(w.council, w.cc, "threshold"); got.Int64() != 3 {
		t.Fatalf("threshold = %s, want 3", got)
	}

	// m1 proposes, m3 approves: two of three. Removing m3 leaves one current approval.
	pending := w.propose(w.m1, w.op(w.grantIssuer()))
	w.m3.ok(w.council, w.cc, "approve", pending)
	remove := w.propose(w.m1, w.op(w.selfCall("removeMember", w.m3.addr())))
	w.m2.ok(w.council, w.cc, "approve", remove)
	w.stray.ok(w.council, w.cc, "approve", remove)
	w.wait(councilDelay + time.Second)
	w.stray.ok(w.council, w.cc, "executeProposal", remove)
	if got := w.stray.bigCall(w.council, w.cc, "approvals", pending); got.Int64() != 1 {
		t.Fatalf("approvals after m3's removal = %s, want 1 (m1's)", got)
	}
	_, err = w.m3.send(w.council, w.cc, "approve", pending)
	reverts(t, err, "CouncilNotMember", nil)
	_, err = w.m3.send(w.council, w.cc, "cancel", pending)
	reverts(t, err, "CouncilNotMember", nil)

	// Lower the threshold to 2: the pending operation, with m1's and now m2's approvals, is
	// scheduled by that approval.
	id = w.propose(w.m1, w.op(w.selfCall("setThreshold", big.NewInt(2))))
	w.m2.ok(w.council, w.cc, "approve", id)
	w.stray.ok(w.council, w.cc, "approve", id)
	w.wait(councilDelay + time.Second)
	w.stray.ok(w.council, w.cc, "executeProposal", id)
	w.m2.ok(w.council, w.cc, "approve", pending)
	if got := w.state(pending); got != stateWaiting {
		t.Fatalf("state of the pending operation = %d, want Waiting", got)
	}
}

func TestCouncilConstructorRefusals(t *testing.T) {
	acc := accounts(t, 2)
	a, b := acc[0].addr(), acc[1].addr()
	for _, tc := range []struct {
		name    string
		council deploy.Council
		want    string
	}{
		{"threshold zero", deploy.Council{Members: []common.Address{a, b}, Threshold: 0}, "CouncilBadThreshold"},
		{"threshold above members", deploy.Council{Members: []common.Address{a, b}, Threshold: 3}, "CouncilBadThreshold"},
		{"no members", deploy.Council{Threshold: 1}, "CouncilBadThreshold"},
		{"a member twice", deploy.Council{Members: []common.Address{a, a}, Threshold: 1}, "CouncilAlreadyMember"},
		{"the zero address as member", deploy.Council{Members: []common.Address{{}}, Threshold: 1}, "CouncilZeroAddress"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if err := tc.council.Check(); err == nil {
				t.Error("Council.Check accepted it")
			}
			_, err := deploy.DeployCouncil(context.Background(), acc[0].s, &tc.council, []common.Address{})
			reverts(t, err, tc.want, nil)
		})
	}
}
