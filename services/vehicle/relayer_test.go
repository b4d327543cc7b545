package vehicle

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/seoulchain/seoulchain/bindings/vehicleregistry"
	"github.com/seoulchain/seoulchain/internal/chaintest"
	"github.com/seoulchain/seoulchain/internal/deploy"
	"github.com/seoulchain/seoulchain/relayer/plugin"
)

// TestRelayerReport: GET /v1/vehicles/{vin} answers the report, 404 for an unregistered VIN
// and 400 for a malformed one.
func TestRelayerReport(t *testing.T) {
	city := chaintest.Accounts(t, 1)[0]
	book := city.Deploy(deploy.VehicleRegistry)
	reg := book[deploy.VehicleRegistry]
	a := registryABIOf()
	city.Must(reg, a, "grantRole", RoleID(RegistryOffice), city.Addr())
	city.Must(reg, a, "register", vehicleregistry.VehicleRegistryRegistration{Id: RecordID(city.Addr(), "r1"), Vin: "KMHKN81AFNU000001", At: city.Now() - 10, OwnerKind: 2})

	p := Plugin()
	if err := p.Configure(plugin.Config{Contracts: book}); err != nil {
		t.Fatal(err)
	}
	if err := p.Start(context.Background(), plugin.Host{Chain: city.S.Backend()}); err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	for _, r := range p.Routes() {
		mux.HandleFunc(r.Method+" /v1/vehicles"+r.Path, r.Handler)
	}
	for _, tc := range []struct {
		vin    string
		status int
	}{{"KMHKN81AFNU000001", 200}, {"kmhkn81afnu000001", 200}, {"KMHKN81AFNU000002", 404}, {"KMHKN81AFNU00000O", 400}} {
		rec := httptest.NewRecorder()
		mux.ServeHTTP(rec, httptest.NewRequest("GET", "/v1/vehicles/"+tc.vin, nil))
		if rec.Code != tc.status {
			t.Fatalf("%s: status %d, want %d: %s", tc.vin, rec.Code, tc.status, rec.Body)
		}
		if tc.status == 200 {
			var rep Report
			if err := json.Unmarshal(rec.Body.Bytes(), &rep); err != nil || rep.VIN != "KMHKN81AFNU000001" || rep.Summary.OwnerKind != "company" {
				t.Fatalf("report %+v (%v): %s", rep, err, rec.Body)
			}
		}
	}
}
