package abidecode

import (
	"encoding/hex"
	"fmt"
	"math/big"
	"reflect"

	"github.com/ethereum/go-ethereum/common"
)

// Field is one named, decoded argument. Value is the text form: addresses in checksummed
// hex, integers in decimal, bytes in 0x-hex.
type Field struct {
	Name  string `json:"name"`
	Type  string `json:"type"`
	Value string `json:"value"`
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
