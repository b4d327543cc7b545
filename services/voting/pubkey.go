package voting

import (
	"crypto/ecdsa"
	"fmt"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
)

// ecdsaPub is a trustee's public key given on the command line.
type ecdsaPub struct{ key *ecdsa.PublicKey }

// parsePub reads a secp256k1 public key in hex, uncompressed (65 bytes) or compressed (33).
func parsePub(s string) (*ecdsaPub, error) {
	b, err := hexutil.Decode(s)
	if err != nil {
		return nil, fmt.Errorf("not 0x-prefixed hex: %w", err)
	}
	var k *ecdsa.PublicKey
	switch len(b) {
	case 65:
		k, err = crypto.UnmarshalPubkey(b)
	case 33:
		k, err = crypto.DecompressPubkey(b)
	default:
		return nil, fmt.Errorf("%d bytes; want a 65-byte (or 33-byte compressed) public key from 'seoulchain vote trustee pubkey'", len(b))
	}
	if err != nil {
		return nil, fmt.Errorf("not a secp256k1 public key: %w", err)
	}
	return &ecdsaPub{key: k}, nil
}
