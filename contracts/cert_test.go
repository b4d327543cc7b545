package contracts

import (
	"crypto/sha256"
	"fmt"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"

	"github.com/seoulchain/seoulchain/bindings/certificateregistry"
	"github.com/seoulchain/seoulchain/internal/deploy"
	"github.com/seoulchain/seoulchain/services/cert"
)

// certWorld is the registry with two registered offices and a stranger.
type certWorld struct {
	city, office, other, stranger *account
	reg                           common.Address
	abi                           *abi.ABI
}

func certSetup(t *testing.T) *certWorld {
	t.Helper()
	acc := accounts(t, 4)
	w := &certWorld{city: acc[0], office: acc[1], other: acc[2], stranger: acc[3]}
	w.reg = w.city.Deploy(deploy.CertRegistry)[deploy.CertRegistry]
	var err error
	if w.abi, err = certificateregistry.CertificateRegistryMetaData.GetAbi(); err != nil {
		t.Fatal(err)
	}
	w.city.ok(w.reg, w.abi, "addOffice", w.office.addr(), "마포구청 Mapo-gu Office")
	w.city.ok(w.reg, w.abi, "addOffice", w.other.addr(), "Jongno-gu Office")
	return w
}

// batchOf is the tree of n documents named after tag.
func batchOf(t *testing.T, tag string, n int) ([]common.Hash, *cert.Tree) {
	t.Helper()
	docs := make([]common.Hash, n)
	for i := range docs {
		docs[i] = sha256.Sum256([]byte(fmt.Sprintf("%s certificate %d", tag, i)))
	}
	tree, err := cert.NewTree(docs)
	if err != nil {
		t.Fatal(err)
	}
	return docs, tree
}

func proofOf(t *testing.T, tree *cert.Tree, doc common.Hash) [][32]byte {
	t.Helper()
	p, err := tree.Proof(doc)
	if err != nil {
		t.Fatal(err)
	}
	out := make([][32]byte, len(p))
	for i, h := range p {
		out[i] = h
	}
	return out
}

func TestCertOfficeRules(t *testing.T) {
	w := certSetup(t)
	long := strings.Repeat("구", 33) // 99 bytes of UTF-8
	for _, tc := range []struct {
		name   string
		from   *account
		method string
		args   []any
		revert string
	}{
		{"registrar adds an office", w.city, "addOffice", []any{w.stranger.addr(), "Seocho-gu Office"}, ""},
		{"stranger adds an office", w.stranger, "addOffice", []any{common.Address{9}, "Fake Office"}, "AccessControlUnauthorizedAccount"},
		{"zero address", w.city, "addOffice", []any{common.Address{}, "Nobody"}, "CertZeroAddress"},
		{"empty name", w.city, "addOffice", []any{common.Address{9}, ""}, "CertBadName"},
		{"name too long", w.city, "addOffice", []any{common.Address{9}, long}, "CertBadName"},
		{"registered twice", w.city, "addOffice", []any{w.office.addr(), "Mapo again"}, "CertOfficeAlreadyRegistered"},
		{"name of another office", w.city, "addOffice", []any{common.Address{9}, "Jongno-gu Office"}, "CertNameTaken"},
		{"stranger removes an office", w.stranger, "removeOffice", []any{w.other.addr()}, "AccessControlUnauthorizedAccount"},
		{"remove an unregistered office", w.city, "removeOffice", []any{common.Address{9}}, "CertOfficeNotRegistered"},
		{"registrar removes an office", w.city, "removeOffice", []any{w.stranger.addr()}, ""},
		{"removed office re-added under its name", w.city, "addOffice", []any{w.stranger.addr(), "Seocho-gu Office"}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r, err := tc.from.send(w.reg, w.abi, tc.method, tc.args...)
			if tc.revert != "" {
				reverts(t, err, tc.revert, nil)
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			ev := map[string]string{"addOffice": "OfficeAdded", "removeOffice": "OfficeRemoved"}[tc.method]
			if got := event(t, r, ev)["office"]; !strings.EqualFold(got, tc.args[0].(common.Address).Hex()) {
				t.Fatalf("%s names %s", ev, got)
			}
		})
	}
	list := w.city.call(w.reg, w.abi, "offices")[0].([]common.Address)
	if len(list) != 3 {
		t.Fatalf("offices: %v", list)
	}
	o := w.city.call(w.reg, w.abi, "office", w.office.addr())[0].(struct {
		Name       string `json:"name"`
		Registered bool   `json:"registered"`
		Since      uint64 `json:"since"`
	})
	if o.Name != "마포구청 Mapo-gu Office" || !o.Registered || o.Since == 0 {
		t.Fatalf("office: %+v", o)
	}
}

func TestCertAnchorRules(t *testing.T) {
	w := certSetup(t)
	_, tree := batchOf(t, "anchor", 3)
	_, other := batchOf(t, "other", 2)
	now := w.city.now()
	for _, tc := range []struct {
		name   string
		from   *account
		root   common.Hash
		expiry uint64
		revert string
	}{
		{"office anchors", w.office, tree.Root(), 0, ""},
		{"unregistered office", w.stranger, other.Root(), 0, "CertOfficeNotRegistered"},
		{"zero root", w.office, common.Hash{}, 0, "CertZeroRoot"},
		{"root already anchored", w.other, tree.Root(), 0, "CertRootAlreadyAnchored"},
		{"expiry passed", w.other, other.Root(), now - 1, "CertExpiryInPast"},
		{"expiry ahead", w.other, other.Root(), now + 3600, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r, err := tc.from.send(w.reg, w.abi, "anchor", tc.root, tc.expiry)
			if tc.revert != "" {
				reverts(t, err, tc.revert, nil)
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			ev := event(t, r, "BatchAnchored")
			if ev["root"] != tc.root.Hex() || !strings.EqualFold(ev["office"], tc.from.addr().Hex()) {
				t.Fatalf("BatchAnchored %v", ev)
			}
		})
	}
	// A removed office anchors no more.
	w.city.ok(w.reg, w.abi, "removeOffice", w.other.addr())
	_, late := batchOf(t, "late", 1)
	_, err := w.other.send(w.reg, w.abi, "anchor", late.Root(), uint64(0))
	reverts(t, err, "CertOfficeNotRegistered", map[string]string{"office": w.other.addr().Hex()})
}

// certCheck is the registry's check() of doc under tree's root.
type certCheck struct {
	included          bool
	issuedAt, expires uint64
	batchRevokedAt    uint64
	docRevokedAt      uint64
	reason            uint16
}

func (w *certWorld) check(t *testing.T, doc common.Hash, root common.Hash, proof [][32]byte) certCheck {
	t.Helper()
	out := w.city.call(w.reg, w.abi, "check", doc, root, proof)
	b := *abi.ConvertType(out[1], new(certificateregistry.CertificateRegistryBatch)).(*certificateregistry.CertificateRegistryBatch)
	r := *abi.ConvertType(out[2], new(certificateregistry.CertificateRegistryRevocation)).(*certificateregistry.CertificateRegistryRevocation)
	c := certCheck{included: out[0].(bool), issuedAt: b.IssuedAt, expires: b.ExpiresAt, batchRevokedAt: b.RevokedAt, docRevokedAt: r.At, reason: b.Reason}
	if r.At != 0 {
		c.reason = r.Reason
	}
	return c
}

// TestCertProofsVerifyOnChain: the Go tree's proofs are what OpenZeppelin's MerkleProof
// accepts, for batch sizes odd and even, and nothing else is.
func TestCertProofsVerifyOnChain(t *testing.T) {
	w := certSetup(t)
	for _, n := range []int{1, 2, 7} {
		docs, tree := batchOf(t, fmt.Sprint("size ", n), n)
		w.office.ok(w.reg, w.abi, "anchor", tree.Root(), uint64(0))
		for _, d := range docs {
			p := proofOf(t, tree, d)
			if c := w.check(t, d, tree.Root(), p); !c.included || c.issuedAt == 0 {
				t.Fatalf("n=%d: %s not included: %+v", n, d.Hex(), c)
			}
			changed := d
			changed[0] ^= 0x01
			if c := w.check(t, changed, tree.Root(), p); c.included {
				t.Fatalf("n=%d: a changed document is included", n)
			}
		}
	}
	docs, tree := batchOf(t, "never anchored", 2)
	if c := w.check(t, docs[0], tree.Root(), proofOf(t, tree, docs[0])); c.included {
		t.Fatal("a document of a batch never anchored is included")
	}
}

func TestCertRevokeRules(t *testing.T) {
	w := certSetup(t)
	docs, tree := batchOf(t, "revoke", 4)
	_, whole := batchOf(t, "whole", 2)
	_, unknown := batchOf(t, "unknown", 2)
	outside, _ := batchOf(t, "outside", 1)
	w.office.ok(w.reg, w.abi, "anchor", tree.Root(), uint64(0))
	w.office.ok(w.reg, w.abi, "anchor", whole.Root(), uint64(0))
	p0 := proofOf(t, tree, docs[0])
	for _, tc := range []struct {
		name   string
		from   *account
		method string
		args   []any
		revert string
		event  string
	}{
		{"office revokes a document", w.office, "revokeDocument", []any{tree.Root(), docs[0], p0, uint16(1)}, "", "DocumentRevoked"},
		{"document revoked twice", w.office, "revokeDocument", []any{tree.Root(), docs[0], p0, uint16(1)}, "CertDocumentAlreadyRevoked", ""},
		{"document not in the batch", w.office, "revokeDocument", []any{tree.Root(), outside[0], p0, uint16(1)}, "CertNotInBatch", ""},
		{"document of another office's batch", w.other, "revokeDocument", []any{tree.Root(), docs[1], proofOf(t, tree, docs[1]), uint16(1)}, "CertNotBatchOffice", ""},
		{"document without a reason", w.office, "revokeDocument", []any{tree.Root(), docs[1], proofOf(t, tree, docs[1]), uint16(0)}, "CertNoReason", ""},
		{"batch of another office", w.other, "revokeBatch", []any{whole.Root(), uint16(2)}, "CertNotBatchOffice", ""},
		{"batch by a stranger", w.stranger, "revokeBatch", []any{whole.Root(), uint16(2)}, "CertNotBatchOffice", ""},
		{"unknown batch", w.office, "revokeBatch", []any{unknown.Root(), uint16(2)}, "CertUnknownBatch", ""},
		{"batch without a reason", w.office, "revokeBatch", []any{whole.Root(), uint16(0)}, "CertNoReason", ""},
		{"office revokes its batch", w.office, "revokeBatch", []any{whole.Root(), uint16(2)}, "", "BatchRevoked"},
		{"batch revoked twice", w.office, "revokeBatch", []any{whole.Root(), uint16(2)}, "CertBatchAlreadyRevoked", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r, err := tc.from.send(w.reg, w.abi, tc.method, tc.args...)
			if tc.revert != "" {
				reverts(t, err, tc.revert, nil)
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if ev := event(t, r, tc.event); !strings.EqualFold(ev["office"], tc.from.addr().Hex()) {
				t.Fatalf("%s %v", tc.event, ev)
			}
		})
	}
	if c := w.check(t, docs[0], tree.Root(), p0); !c.included || c.docRevokedAt == 0 || c.reason != 1 || c.batchRevokedAt != 0 {
		t.Fatalf("revoked document: %+v", c)
	}
	if c := w.check(t, docs[1], tree.Root(), proofOf(t, tree, docs[1])); c.docRevokedAt != 0 {
		t.Fatalf("its neighbour: %+v", c)
	}
	// A removed office may still withdraw what it issued.
	w.city.ok(w.reg, w.abi, "removeOffice", w.office.addr())
	w.office.ok(w.reg, w.abi, "revokeDocument", tree.Root(), docs[1], proofOf(t, tree, docs[1]), uint16(3))
}
