package abidecode

import (
	"encoding/hex"
	"fmt"
	"math/big"
	"reflect"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
)

// Field is one named, decoded argument. Value is the text form: addresses in checksummed
// hex, integers in decimal, bytes in 0x-hex.
type Field struct {
	Name  string `json:"name"`
	Type  string `json:"type"`
	Value string `json:"value"`
}

// formatArg prints a decoded value of ABI type t. uint8[] decodes to a Go []byte, which
// would print as hex; it is a list of small numbers (a ballot's choices, say).
func formatArg(t abi.Type, v any) string {
	if (t.T == abi.SliceTy || t.T == abi.ArrayTy) && t.Elem != nil && t.Elem.T == abi.UintTy && t.Elem.Size == 8 {
		rv := reflect.ValueOf(v)
		parts := make([]string, rv.Len())
		for i := range parts {
			parts[i] = fmt.Sprint(rv.Index(i).Uint())
		}
		return "[" + strings.Join(parts, ", ") + "]"
	}
	return formatValue(v)
}

// formatValue prints a decoded ABI value without losing precision.
func formatValue(v any) string {
	switch x := v.(type) {
	case common.Address:
		return x.Hex()
	case common.Hash:
		return x.Hex()
	case *big.Int:
		return x.String()
	case []byte:
		return "0x" + hex.EncodeToString(x)
	case string:
		return x
	case bool:
		return fmt.Sprint(x)
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Array:
		if rv.Type().Elem().Kind() == reflect.Uint8 { // bytesN
			b := make([]byte, rv.Len())
			reflect.Copy(reflect.ValueOf(b), rv)
			return "0x" + hex.EncodeToString(b)
		}
		fallthrough
	case reflect.Slice:
		out := "["
		for i := 0; i < rv.Len(); i++ {
			if i > 0 {
				out += ", "
			}
			out += formatValue(rv.Index(i).Interface())
		}
		return out + "]"
	}
	return fmt.Sprint(v)
}
