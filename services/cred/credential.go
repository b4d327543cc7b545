package cred

import (
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"github.com/seoulchain/seoulchain/internal/atomicfile"
)

// FormatVersion is the version of the credential and presentation files.
const FormatVersion = 1

// Credential is the holder's file of one attestation: what is on chain (UID, schema,
// issuer, holder, expiry, root) and what only the holder has (fields and salts).
type Credential struct {
	Version    int            `json:"version"`
	ChainID    uint64         `json:"chainId"`
	EAS        common.Address `json:"eas"`
	UID        common.Hash    `json:"uid"`
	Schema     common.Hash    `json:"schema"`
	SchemaName string         `json:"schemaName"`
	Issuer     common.Address `json:"issuer"`
	Holder     common.Address `json:"holder"`
	Expires    uint64         `json:"expires"` // Unix seconds
	Root       common.Hash    `json:"root"`
	Fields     []Field        `json:"fields"`
}

// ErrBadFile is returned for a credential or presentation file that cannot be used.
var ErrBadFile = errors.New("bad credential file")

// ReadCredential reads a credential file and checks that its fields make its root.
func ReadCredential(path string) (*Credential, error) {
	var c Credential
	if err := readJSON(path, &c); err != nil {
		return nil, err
	}
	t, err := NewTree(c.Fields)
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %w", ErrBadFile, path, err)
	}
	if t.Root() != c.Root {
		return nil, fmt.Errorf("%w: %s: the fields make root %s, the file says %s (edited?)", ErrBadFile, path, t.Root().Hex(), c.Root.Hex())
	}
	return &c, nil
}

// WriteJSON writes v as indented JSON, whole or not at all; private files (credentials
// hold salts) are readable by their owner only.
func WriteJSON(path string, v any) error {
	data, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	return atomicfile.Write(path, append(data, '\n'), 0o600)
}

func readJSON(path string, v any) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("read %s: %w", path, err)
	}
	if err := json.Unmarshal(data, v); err != nil {
		return fmt.Errorf("%w: %s: %w", ErrBadFile, path, err)
	}
	return nil
}

// Disclosed is one field shown to a verifier, with its path to the credential's root.
type Disclosed struct {
	Field
	Proof []common.Hash `json:"proof"`
}

// Shown is one credential in a presentation: which attestation, and the fields shown.
type Shown struct {
	UID        common.Hash `json:"uid"`
	SchemaName string      `json:"schemaName"`
	Fields     []Disclosed `json:"fields"`
}

// Presentation is what a holder gives a verifier: some fields of some credentials, signed
// by the holder's key for one verifier (audience) and one of its challenges.
type Presentation struct {
	Version     int            `json:"version"`
	ChainID     uint64         `json:"chainId"`
	EAS         common.Address `json:"eas"`
	Holder      common.Address `json:"holder"`
	Audience    string         `json:"audience"`
	Challenge   common.Hash    `json:"challenge"`
	IssuedAt    uint64         `json:"issuedAt"`
	Credentials []Shown        `json:"credentials"`
	Signature   hexutil.Bytes  `json:"signature"`
}

// ReadPresentation reads a presentation file.
func ReadPresentation(path string) (*Presentation, error) {
	var p Presentation
	if err := readJSON(path, &p); err != nil {
		return nil, err
	}
	return &p, nil
}

// ErrSelection is returned for a field asked for that no credential has.
var ErrSelection = errors.New("field not in the credentials")

// Present builds and signs a presentation of the fields named in pick ("schema.field",
// e.g. "residence.birthDate") from creds, for audience and its challenge.
func Present(creds []*Credential, pick []string, audience string, challenge common.Hash, now uint64, key *ecdsa.PrivateKey) (*Presentation, error) {
	if len(creds) == 0 {
		return nil, fmt.Errorf("%w: no credentials", ErrSelection)
	}
	p := &Presentation{Version: FormatVersion, ChainID: creds[0].ChainID, EAS: creds[0].EAS,
		Holder: crypto.PubkeyToAddress(key.PublicKey), Audience: audience, Challenge: challenge, IssuedAt: now}
	want := map[string]bool{}
	for _, q := range pick {
		want[q] = true
	}
	for _, c := range creds {
		if c.Holder != p.Holder {
			return nil, fmt.Errorf("%w: credential %s is %s's, the key is %s's", ErrSelection, c.UID.Hex(), c.Holder.Hex(), p.Holder.Hex())
		}
		if c.ChainID != p.ChainID || c.EAS != p.EAS {
			return nil, fmt.Errorf("%w: credentials of two chains", ErrSelection)
		}
		t, err := NewTree(c.Fields)
		if err != nil {
			return nil, err
		}
		s := Shown{UID: c.UID, SchemaName: c.SchemaName}
		for i, f := range c.Fields {
			if q := c.SchemaName + "." + f.Name; want[q] {
				s.Fields = append(s.Fields, Disclosed{Field: f, Proof: t.Proof(i)})
				delete(want, q)
			}
		}
		if len(s.Fields) > 0 {
			p.Credentials = append(p.Credentials, s)
		}
	}
	if len(want) > 0 {
		var missing []string
		for q := range want {
			missing = append(missing, q)
		}
		return nil, fmt.Errorf("%w: %s (ask for schema.field, e.g. residence.birthDate)", ErrSelection, strings.Join(missing, ", "))
	}
	sig, err := p.sign(key)
	if err != nil {
		return nil, err
	}
	p.Signature = sig
	return p, nil
}

// typedData is the EIP-712 message the holder signs: the verifier (audience), its
// challenge, the time, and exactly what is disclosed (each attestation and each shown
// field's leaf), so that no field can be swapped after signing.
func (p *Presentation) typedData() apitypes.TypedData {
	var uids, leaves []any
	for _, s := range p.Credentials {
		uids = append(uids, s.UID.Hex())
		for _, f := range s.Fields {
			leaves = append(leaves, f.Leaf().Hex())
		}
	}
	if uids == nil {
		uids, leaves = []any{}, []any{}
	}
	if leaves == nil {
		leaves = []any{}
	}
	return apitypes.TypedData{
		Types: apitypes.Types{
			"EIP712Domain": eip712Domain,
			"Presentation": {
				{Name: "holder", Type: "address"}, {Name: "audience", Type: "string"},
				{Name: "challenge", Type: "bytes32"}, {Name: "issuedAt", Type: "uint64"},
				{Name: "attestations", Type: "bytes32[]"}, {Name: "leaves", Type: "bytes32[]"},
			},
		},
		PrimaryType: "Presentation",
		Domain: apitypes.TypedDataDomain{Name: "Seoul citizen credentials", Version: "1",
			ChainId: (*math.HexOrDecimal256)(new(big.Int).SetUint64(p.ChainID)), VerifyingContract: p.EAS.Hex()},
		Message: apitypes.TypedDataMessage{
			"holder": p.Holder.Hex(), "audience": p.Audience, "challenge": p.Challenge.Hex(),
			"issuedAt": new(big.Int).SetUint64(p.IssuedAt).String(), "attestations": uids, "leaves": leaves,
		},
	}
}

// Hash is the EIP-712 digest the holder signs.
func (p *Presentation) Hash() (common.Hash, error) {
	h, _, err := apitypes.TypedDataAndHash(p.typedData())
	if err != nil {
		return common.Hash{}, fmt.Errorf("EIP-712 hash of the presentation: %w", err)
	}
	return common.BytesToHash(h), nil
}

func (p *Presentation) sign(key *ecdsa.PrivateKey) ([]byte, error) {
	h, err := p.Hash()
	if err != nil {
		return nil, err
	}
	return signDigest(h, key)
}

// Signer recovers the address that signed the presentation.
func (p *Presentation) Signer() (common.Address, error) {
	h, err := p.Hash()
	if err != nil {
		return common.Address{}, err
	}
	return recoverDigest(h, p.Signature)
}
