// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package solarmarket

import (
	"errors"
	"math/big"
	"strings"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/event"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = errors.New
	_ = big.NewInt
	_ = strings.NewReader
	_ = ethereum.NotFound
	_ = bind.Bind
	_ = common.Big1
	_ = types.BloomLookup
	_ = event.NewSubscription
	_ = abi.ConvertType
)

// SolarMarketAccount is an auto generated low-level Go binding around an user-defined struct.
type SolarMarketAccount struct {
	Balance *big.Int
	Locked  *big.Int
}

// SolarMarketArea is an auto generated low-level Go binding around an user-defined struct.
type SolarMarketArea struct {
	IntervalSeconds    uint32
	GateClosureSeconds uint32
}

// SolarMarketDebt is an auto generated low-level Go binding around an user-defined struct.
type SolarMarketDebt struct {
	Household common.Address
	Amount    *big.Int
	OrderId   *big.Int
}

// SolarMarketMeter is an auto generated low-level Go binding around an user-defined struct.
type SolarMarketMeter struct {
	Owner common.Address
	Kind  uint8
	Area  [32]byte
}

// SolarMarketOrder is an auto generated low-level Go binding around an user-defined struct.
type SolarMarketOrder struct {
	Meter     [32]byte
	Owner     common.Address
	Interval  uint64
	Bid       bool
	Cancelled bool
	Wh        uint64
	Price     uint64
	Filled    uint64
	Locked    uint64
}

// SolarMarketMetaData contains all meta data concerning the SolarMarket contract.
var SolarMarketMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"token\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"}],\"name\":\"AddressEmptyCode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"ERC1967InvalidImplementation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ERC1967NonPayable\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedCall\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidInitialization\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotInitializing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"area\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"interval\",\"type\":\"uint64\"}],\"name\":\"SolarAlreadyCleared\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"area\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"interval\",\"type\":\"uint64\"}],\"name\":\"SolarAlreadySettled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"room\",\"type\":\"uint256\"}],\"name\":\"SolarAmountTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"area\",\"type\":\"bytes32\"}],\"name\":\"SolarAreaExists\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"gridFee\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"max\",\"type\":\"uint64\"}],\"name\":\"SolarBadGridFee\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SolarBadKind\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"wh\",\"type\":\"uint64\"}],\"name\":\"SolarBadQuantity\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"meter\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"wh\",\"type\":\"uint64\"}],\"name\":\"SolarBadReading\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"intervalSeconds\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"gateClosureSeconds\",\"type\":\"uint32\"}],\"name\":\"SolarBadSchedule\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"buyTariff\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"sellTariff\",\"type\":\"uint64\"}],\"name\":\"SolarBadTariffs\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"area\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"interval\",\"type\":\"uint64\"}],\"name\":\"SolarBookFull\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"area\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"interval\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"given\",\"type\":\"bytes32\"}],\"name\":\"SolarBookMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"}],\"name\":\"SolarFillsLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"area\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"interval\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"closedAt\",\"type\":\"uint256\"}],\"name\":\"SolarGateClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"area\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"interval\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"closesAt\",\"type\":\"uint256\"}],\"name\":\"SolarGateOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"}],\"name\":\"SolarInsufficientDeposit\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"area\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"interval\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"endsAt\",\"type\":\"uint256\"}],\"name\":\"SolarIntervalNotOver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"meter\",\"type\":\"bytes32\"}],\"name\":\"SolarMeterExists\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"utility\",\"type\":\"address\"}],\"name\":\"SolarNoDebt\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"area\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"interval\",\"type\":\"uint64\"}],\"name\":\"SolarNotCleared\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"meter\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"SolarNotMeterOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"}],\"name\":\"SolarOrderCancelled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"meter\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"interval\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"}],\"name\":\"SolarOrderExists\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"wh\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"filled\",\"type\":\"uint64\"}],\"name\":\"SolarOverfilled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"price\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"buyTariff\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"sellTariff\",\"type\":\"uint64\"}],\"name\":\"SolarPriceOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"limit\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"price\",\"type\":\"uint64\"}],\"name\":\"SolarPriceViolatesLimit\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"meter\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"interval\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"posted\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"given\",\"type\":\"uint64\"}],\"name\":\"SolarReadingExists\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"meter\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"interval\",\"type\":\"uint64\"}],\"name\":\"SolarReadingMissing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"meters\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"readings\",\"type\":\"uint256\"}],\"name\":\"SolarReadingsLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"bought\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"sold\",\"type\":\"uint64\"}],\"name\":\"SolarUnbalanced\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"area\",\"type\":\"bytes32\"}],\"name\":\"SolarUnknownArea\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"meter\",\"type\":\"bytes32\"}],\"name\":\"SolarUnknownMeter\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"}],\"name\":\"SolarUnknownOrder\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"current\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"proposed\",\"type\":\"address\"}],\"name\":\"SolarUpgradeChangesToken\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"utility\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"debt\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"}],\"name\":\"SolarUtilityInDebt\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"meter\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"meterArea\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"area\",\"type\":\"bytes32\"}],\"name\":\"SolarWrongArea\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"meter\",\"type\":\"bytes32\"},{\"internalType\":\"enumSolarMarket.Kind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"bid\",\"type\":\"bool\"}],\"name\":\"SolarWrongSide\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SolarZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SolarZeroAmount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SolarZeroDebts\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UUPSUnauthorizedCallContext\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"slot\",\"type\":\"bytes32\"}],\"name\":\"UUPSUnsupportedProxiableUUID\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"area\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"intervalSeconds\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"gateClosureSeconds\",\"type\":\"uint32\"}],\"name\":\"AreaAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"area\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"interval\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"price\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"matchedWh\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64[]\",\"name\":\"filled\",\"type\":\"uint64[]\"}],\"name\":\"Cleared\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Deposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"}],\"name\":\"Initialized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"meter\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"enumSolarMarket.Kind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"area\",\"type\":\"bytes32\"}],\"name\":\"MeterAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"area\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"interval\",\"type\":\"uint64\"}],\"name\":\"OrderCancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"area\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"interval\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"meter\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"bid\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"wh\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"price\",\"type\":\"uint64\"}],\"name\":\"OrderPosted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"why\",\"type\":\"uint8\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"}],\"name\":\"Paid\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"utility\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"gridOperator\",\"type\":\"address\"}],\"name\":\"PartiesSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"meter\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"interval\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"wh\",\"type\":\"uint64\"}],\"name\":\"Reading\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"meter\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"interval\",\"type\":\"uint64\"}],\"name\":\"ReadingSkipped\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"meter\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"interval\",\"type\":\"uint64\"}],\"name\":\"ReadingTakenAsMatched\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"area\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"interval\",\"type\":\"uint64\"}],\"name\":\"Settled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"buyTariff\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"sellTariff\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"gridFee\",\"type\":\"uint64\"}],\"name\":\"TariffsSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"forwarder\",\"type\":\"address\"}],\"name\":\"TrustedForwarderSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"Upgraded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"utility\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"household\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"}],\"name\":\"UtilityDebt\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"utility\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"household\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"}],\"name\":\"UtilityDebtPaid\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KRW\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MARKET_OPERATOR_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_BOOK\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_ORDER_WH\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_READING_WH\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_TARIFF\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"METERING_OPERATOR_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"OPERATOR_DEADLINE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"UPGRADE_INTERFACE_VERSION\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"area\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"intervalSeconds\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"gateClosureSeconds\",\"type\":\"uint32\"}],\"name\":\"addArea\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"meter\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"enumSolarMarket.Kind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"area\",\"type\":\"bytes32\"}],\"name\":\"addMeter\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"meter\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"area\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"interval\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"wh\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"price\",\"type\":\"uint64\"}],\"name\":\"ask\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"meter\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"area\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"interval\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"wh\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"price\",\"type\":\"uint64\"}],\"name\":\"bid\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"buyTariff\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"}],\"name\":\"cancel\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"utility_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"position\",\"type\":\"uint256\"}],\"name\":\"debtAt\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"household\",\"type\":\"address\"},{\"internalType\":\"uint48\",\"name\":\"amount\",\"type\":\"uint48\"},{\"internalType\":\"uint48\",\"name\":\"orderId\",\"type\":\"uint48\"}],\"internalType\":\"structSolarMarket.Debt\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"utility_\",\"type\":\"address\"}],\"name\":\"debtQueue\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"head\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"area_\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"interval\",\"type\":\"uint64\"}],\"name\":\"gateClosure\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"}],\"name\":\"getAccount\",\"outputs\":[{\"components\":[{\"internalType\":\"uint128\",\"name\":\"balance\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"locked\",\"type\":\"uint128\"}],\"internalType\":\"structSolarMarket.Account\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"area_\",\"type\":\"bytes32\"}],\"name\":\"getArea\",\"outputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"intervalSeconds\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"gateClosureSeconds\",\"type\":\"uint32\"}],\"internalType\":\"structSolarMarket.Area\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"area_\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"interval\",\"type\":\"uint64\"}],\"name\":\"getBook\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"orders\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"cleared\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"settled\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"price\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"matchedWh\",\"type\":\"uint64\"},{\"internalType\":\"uint64[3]\",\"name\":\"tariffs\",\"type\":\"uint64[3]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"meter_\",\"type\":\"bytes32\"}],\"name\":\"getMeter\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"enumSolarMarket.Kind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"area\",\"type\":\"bytes32\"}],\"internalType\":\"structSolarMarket.Meter\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"}],\"name\":\"getOrder\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"meter\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"interval\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"bid\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"cancelled\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"wh\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"price\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"filled\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"locked\",\"type\":\"uint64\"}],\"internalType\":\"structSolarMarket.Order\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"meter_\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"interval\",\"type\":\"uint64\"}],\"name\":\"getReading\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"wh\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"posted\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"gridFee\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"gridOperator\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"forwarder\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"buyTariff_\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"sellTariff_\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"gridFee_\",\"type\":\"uint64\"}],\"name\":\"initialize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"forwarder\",\"type\":\"address\"}],\"name\":\"isTrustedForwarder\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"orderCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"utility_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"maxDebts\",\"type\":\"uint256\"}],\"name\":\"payUtilityDebt\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"area\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"interval\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"price\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"},{\"internalType\":\"uint64[]\",\"name\":\"filled\",\"type\":\"uint64[]\"}],\"name\":\"postClearing\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"interval\",\"type\":\"uint64\"},{\"internalType\":\"bytes32[]\",\"name\":\"meters\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint64[]\",\"name\":\"wh\",\"type\":\"uint64[]\"}],\"name\":\"postReadings\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proxiableUUID\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"sellTariff\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"utility_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"gridOperator_\",\"type\":\"address\"}],\"name\":\"setParties\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"buyTariff_\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"sellTariff_\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"gridFee_\",\"type\":\"uint64\"}],\"name\":\"setTariffs\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"forwarder\",\"type\":\"address\"}],\"name\":\"setTrustedForwarder\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"area\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"interval\",\"type\":\"uint64\"}],\"name\":\"settle\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"trustedForwarder\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newImplementation\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"upgradeToAndCall\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"utility\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"utility_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"household\",\"type\":\"address\"}],\"name\":\"utilityDebt\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"owed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x60e06040523060a05234801561001457600080fd5b506040516152ef3803806152ef83398101604081905261003391610105565b60006080526001600160a01b03811660c05261004d610053565b50610135565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00805468010000000000000000900460ff16156100a35760405163f92ee8a960e01b815260040160405180910390fd5b80546001600160401b03908116146101025780546001600160401b0319166001600160401b0390811782556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50565b60006020828403121561011757600080fd5b81516001600160a01b038116811461012e57600080fd5b9392505050565b60805160a05160c05161516461018b600039600081816106690152818161122601528181611d7901528181612c0a0152612c58015260008181612b1401528181612b3d0152612d550152600050506151646000f3fe6080604052600436106102e45760003560e01c80636f723b0e11610190578063b6b55f25116100dc578063d547741f11610095578063dfa7bf511161006f578063dfa7bf5114610b9a578063edc03ea114610bba578063fbcbc0f114610bd0578063fefe7e1a14610c6857600080fd5b8063d547741f14610b3a578063da28644f14610b5a578063da74222814610b7a57600080fd5b8063b6b55f251461097e578063bce57c181461099e578063c6cd75dc146109c5578063ce68026d146109dc578063d09ef241146109fc578063d148f66014610b1a57600080fd5b806391d1485411610149578063a4bc68ac11610123578063a4bc68ac1461089f578063ad3cb1cc146108cc578063af1b39991461090a578063b121cda91461092a57600080fd5b806391d148541461084a5780639bb6f9d91461086a578063a217fddf1461088a57600080fd5b80636f723b0e1461076c578063701629a11461078c57806372c212ed146107bf5780637da0a877146107d657806383c4a474146107eb5780638a2db3b71461080b57600080fd5b80633e8e12a51161024f5780634f1ef28611610208578063572b6c05116101e2578063572b6c051461068b57806358d33a7c146106ab5780635d6d173b146106cb57806362d9e5c11461075557600080fd5b80634f1ef2861461062f57806352d1902d1461064257806356ef45141461065757600080fd5b80633e8e12a514610497578063407fe910146104cc57806340b2f5b5146104ec57806340e58ee51461052457806341ffe230146105445780634b62811b1461060f57600080fd5b8063248a9ca3116102a1578063248a9ca3146103d55780632e1a7d4d146103f55780632f2ff15d146104155780633610bdce1461043557806336568abe146104575780633d8d58f71461047757600080fd5b806301ffc9a7146102e9578063070805e31461031e5780630e997a951461034c57806310899d781461036e5780631a82bfda146103905780632453ffa8146103bf575b600080fd5b3480156102f557600080fd5b50610309610304366004614677565b610c8f565b60405190151581526020015b60405180910390f35b34801561032a57600080fd5b5061033e6103393660046146b8565b610cc6565b604051908152602001610315565b34801561035857600080fd5b5061033e60008051602061508f83398151915281565b34801561037a57600080fd5b5061038e610389366004614728565b610ce1565b005b34801561039c57600080fd5b506103a76298968081565b6040516001600160401b039091168152602001610315565b3480156103cb57600080fd5b5061033e60035481565b3480156103e157600080fd5b5061033e6103f03660046147ac565b611122565b34801561040157600080fd5b5061038e6104103660046147ac565b611144565b34801561042157600080fd5b5061038e6104303660046147da565b611252565b34801561044157600080fd5b5061033e6000805160206150ef83398151915281565b34801561046357600080fd5b5061038e6104723660046147da565b611274565b34801561048357600080fd5b5061038e61049236600461480a565b6112b7565b3480156104a357600080fd5b506104b76104b2366004614836565b61151b565b60408051928352602083019190915201610315565b3480156104d857600080fd5b5061038e6104e7366004614853565b61157f565b3480156104f857600080fd5b5060005461050c906001600160a01b031681565b6040516001600160a01b039091168152602001610315565b34801561053057600080fd5b5061038e61053f3660046147ac565b611746565b34801561055057600080fd5b506105d461055f36600461480a565b6040805160608082018352600080835260208084018290529284018190526001600160a01b039586168152600e8352838120948152938252928290208251938401835254938416835265ffffffffffff600160a01b8504811691840191909152600160d01b9093049092169181019190915290565b6040805182516001600160a01b0316815260208084015165ffffffffffff908116918301919091529282015190921690820152606001610315565b34801561061b57600080fd5b5060015461050c906001600160a01b031681565b61038e61063d3660046148b5565b6119b4565b34801561064e57600080fd5b5061033e6119d3565b34801561066357600080fd5b5061050c7f000000000000000000000000000000000000000000000000000000000000000081565b34801561069757600080fd5b506103096106a6366004614836565b6119f0565b3480156106b757600080fd5b5061038e6106c636600461497e565b611a15565b3480156106d757600080fd5b506107316106e63660046147ac565b60408051808201909152600080825260208201525060009081526004602090815260409182902082518084019093525463ffffffff8082168452640100000000909104169082015290565b60408051825163ffffffff9081168252602093840151169281019290925201610315565b34801561076157600080fd5b5061033e6201518081565b34801561077857600080fd5b5061033e6107873660046149ac565b611a2a565b34801561079857600080fd5b506107ac6107a73660046146b8565b611a45565b6040516103159796959493929190614a2f565b3480156107cb57600080fd5b506103a7620f424081565b3480156107e257600080fd5b5061050c611bb4565b3480156107f757600080fd5b506002546103a7906001600160401b031681565b34801561081757600080fd5b5061082b6108263660046146b8565b611be7565b604080516001600160401b039093168352901515602083015201610315565b34801561085657600080fd5b506103096108653660046147da565b611c3d565b34801561087657600080fd5b5061038e610885366004614ac4565b611c75565b34801561089657600080fd5b5061033e600081565b3480156108ab57600080fd5b506108bf6108ba3660046147ac565b611c98565b6040516103159190614b3f565b3480156108d857600080fd5b506108fd604051806040016040528060058152602001640352e302e360dc1b81525081565b6040516103159190614b96565b34801561091657600080fd5b5061033e6109253660046149ac565b611d24565b34801561093657600080fd5b506104b761094536600461497e565b6001600160a01b039182166000818152600b6020908152604080832094909516825292835283812054918152600c909252919020549091565b34801561098a57600080fd5b5061038e6109993660046147ac565b611d35565b3480156109aa57600080fd5b506001546103a790600160a01b90046001600160401b031681565b3480156109d157600080fd5b506103a7620186a081565b3480156109e857600080fd5b5061038e6109f73660046146b8565b611de8565b348015610a0857600080fd5b50610b0d610a173660046147ac565b6040805161012081018252600080825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052610100810191909152506000908152600660209081526040918290208251610120810184528154815260018201546001600160a01b038116938201939093526001600160401b03600160a01b840481169482019490945260ff600160e01b8404811615156060830152600160e81b909304909216151560808301526002015480831660a0830152600160401b8104831660c0830152600160801b8104831660e0830152600160c01b900490911661010082015290565b6040516103159190614bc9565b348015610b2657600080fd5b5061038e610b35366004614c8e565b612013565b348015610b4657600080fd5b5061038e610b553660046147da565b61219b565b348015610b6657600080fd5b5061038e610b75366004614ce3565b6121b7565b348015610b8657600080fd5b5061038e610b95366004614836565b61230d565b348015610ba657600080fd5b5061038e610bb5366004614d16565b612321565b348015610bc657600080fd5b5061033e61019081565b348015610bdc57600080fd5b50610c41610beb366004614836565b6040805180820190915260008082526020820152506001600160a01b03166000908152600a60209081526040918290208251808401909352546001600160801b038082168452600160801b909104169082015290565b6040805182516001600160801b039081168252602093840151169281019290925201610315565b348015610c7457600080fd5b506002546103a790600160401b90046001600160401b031681565b60006001600160e01b03198216637965db0b60e01b1480610cc057506301ffc9a760e01b6001600160e01b03198316145b92915050565b6000610cda610cd4846125d1565b8361263c565b9392505050565b6000805160206150ef833981519152610cf981612693565b838214610d285760405163507ad1cb60e11b815260048101859052602481018390526044015b60405180910390fd5b60005b84811015611119576000868683818110610d4757610d47614d8d565b602090810292909201356000818152600590935260409092208054929350916001600160a01b03169050610d915760405163a51f273360e01b815260048101839052602401610d1f565b600180820154600090815260046020908152604080832081518083019092525463ffffffff808216808452640100000000909204169282019290925292610de2906001600160401b038e1690614db9565b610dec9190614dcc565b905080421015610e2e576001830154604051637ad5ee5d60e11b815260048101919091526001600160401b038c16602482015260448101829052606401610d1f565b62989680888887818110610e4457610e44614d8d565b9050602002016020810190610e599190614de3565b6001600160401b03161115610ebb5783888887818110610e7b57610e7b614d8d565b9050602002016020810190610e909190614de3565b60405163089c450360e41b815260048101929092526001600160401b03166024820152604401610d1f565b60006009600086815260200190815260200160002060008d6001600160401b03166001600160401b0316815260200190815260200160002060009054906101000a90046001600160401b03169050888887818110610f1b57610f1b614d8d565b9050602002016020810190610f309190614de3565b610f3b906001614dfe565b6001600160401b0316816001600160401b031603610f93576040516001600160401b038d169086907fd7accadb89ff6f75a4611b54c0c46f04af1f99ba6e0e43947842cc78c614e89790600090a35050505050611111565b6001600160401b0381161561101157848c610faf600184614e1d565b8b8b8a818110610fc157610fc1614d8d565b9050602002016020810190610fd69190614de3565b604051633ffa4ce360e01b815260048101949094526001600160401b0392831660248501529082166044840152166064820152608401610d1f565b88888781811061102357611023614d8d565b90506020020160208101906110389190614de3565b611043906001614dfe565b6009600087815260200190815260200160002060008e6001600160401b03166001600160401b0316815260200190815260200160002060006101000a8154816001600160401b0302191690836001600160401b031602179055508b6001600160401b0316857fc6737484dc199c5f10190f768253332b0f7dfcccc15838c83739fafe855472488b8b8a8181106110db576110db614d8d565b90506020020160208101906110f09190614de3565b6040516001600160401b03909116815260200160405180910390a350505050505b600101610d2b565b50505050505050565b60009081526000805160206150cf833981519152602052604090206001015490565b806000036111655760405163f7f70a0d60e01b815260040160405180910390fd5b600061116f6126a7565b6001600160a01b0381166000908152600a602052604090209091506111958282856126b6565b8054839082906000906111b29084906001600160801b0316614e3c565b92506101000a8154816001600160801b0302191690836001600160801b03160217905550816001600160a01b03167f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d58460405161121191815260200190565b60405180910390a261124d6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016838561276d565b505050565b61125b82611122565b61126481612693565b61126e83836127cc565b50505050565b61127c6126a7565b6001600160a01b0316816001600160a01b0316146112ad5760405163334bd91960e11b815260040160405180910390fd5b61124d8282612879565b806000036112d85760405163b578664b60e01b815260040160405180910390fd5b6001600160a01b0382166000908152600c60205260408120549081900361131d5760405163fd1bb10d60e01b81526001600160a01b0384166004820152602401610d1f565b6001600160a01b0383166000908152600a602052604081208054909190611356906001600160801b03600160801b820481169116614e3c565b6001600160a01b0386166000908152600d6020526040812080546001600160801b039384169450909216908390036113e2576001600160a01b0387166000818152600e6020908152604080832085845290915280822054905163829fa73b60e01b81526004810193909352600160a01b900465ffffffffffff1660248301526044820152606401610d1f565b81546000908790611404908490600160801b90046001600160801b0316614e5b565b11611420578254600160801b90046001600160801b031661142a565b61142a8783614db9565b905060005b818310801561143d57508481105b156114d1576001600160a01b0389166000908152600e602090815260408083208684529091528120819061147e908c908a90611479878c614e5b565b612913565b909250905061148d8284614db9565b92508061149b5750506114d1565b50506001600160a01b0389166000908152600e602090815260408083208684529091528120556114ca83614e6e565b925061142f565b83546001600160801b0319166001600160801b0384161784556114f48188614e5b565b6001600160a01b039099166000908152600c60205260409020989098555050505050505050565b6001600160a01b0381166000908152600d602090815260408083208151808301909252546001600160801b03808216808452600160801b909204169282018390528392611569908290614e3c565b6001600160801b03918216969116945092505050565b6000805160206150ef83398151915261159781612693565b6001600160a01b0384166115be57604051630d80498360e31b815260040160405180910390fd5b60008360028111156115d2576115d2614b07565b036115f057604051637386211360e11b815260040160405180910390fd5b60008281526004602052604081205463ffffffff16900361162757604051633221644360e01b815260048101839052602401610d1f565b6000858152600560205260409020546001600160a01b03161561165f57604051624e444160e21b815260048101869052602401610d1f565b6040518060600160405280856001600160a01b0316815260200184600281111561168b5761168b614b07565b8152602090810184905260008781526005825260409020825181546001600160a01b039091166001600160a01b031982168117835592840151919283916001600160a81b03191617600160a01b8360028111156116ea576116ea614b07565b02179055506040820151816001015590505081846001600160a01b0316867f97a4789c7e7a0f88de49ddaf5b69c6acf4aa665e867e03d1878cafd718ec2cf5866040516117379190614e87565b60405180910390a45050505050565b600081815260066020526040902060018101546001600160a01b031661178257604051635452664560e01b815260048101839052602401610d1f565b61178a6126a7565b60018201546001600160a01b039081169116146117d65780546117ab6126a7565b6040516323d12e4960e21b815260048101929092526001600160a01b03166024820152604401610d1f565b6001810154600160e81b900460ff161561180657604051633efb336360e11b815260048101839052602401610d1f565b80546000908152600560205260408120600190810154908301549091600791611840908490600160a01b90046001600160401b0316612a2f565b8152602081019190915260400160002060010154600160c81b900460ff168061188657506001820154611884908290600160a01b90046001600160401b0316612a74565b155b156118ab5760018201546118ab908290600160a01b90046001600160401b0316612ac0565b600182018054600160e81b60ff60e81b1982161790915560028301546001600160a01b039091166000908152600a602052604090208054600160c01b9092046001600160401b031691601090611912908490600160801b90046001600160801b0316614e3c565b82546001600160801b039182166101009390930a9283029190920219909116179055506002820180546001600160c01b0316905581546000908152600860209081526040808320600186018054600160a01b908190046001600160401b03908116875292909452828520859055549151929091041691839186917f17efec4fe5399aa38372f579b3855cd32f1faad0700d1841bf2f6c434f7eaa7d91a4505050565b6119bc612b09565b6119c582612b99565b6119cf8282612c8d565b5050565b60006119dd612d4a565b506000805160206150af83398151915290565b60006119fa611bb4565b6001600160a01b0316826001600160a01b0316149050919050565b6000611a2081612693565b61124d8383612d93565b6000611a3b86868686866001612e29565b9695505050505050565b60606000806000806000611a57614659565b600060076000611a678c8c612a2f565b815260200190815260200160002090508060010160189054906101000a900460ff16611acd57604080516060810182526001546001600160401b03600160a01b909104811682526002548082166020840152600160401b90041691810191909152611b08565b6040805160608101825260018301546001600160401b038082168352600160401b820481166020840152600160801b90910416918101919091525b81546001830154600284015460038501805460408051602080840282018101909252828152969850919560ff600160c81b8604811695600160d01b900416936001600160401b0380821694600160401b90920416928a9291899190830182828015611b9257602002820191906000526020600020905b815481526020019060010190808311611b7e575b5050505050965097509750975097509750975097505092959891949750929550565b60007f6389d4d2560983108581ad2cc39dce4636976a601669f6a74e7bc7f44ec3e9005b546001600160a01b0316919050565b60008281526009602090815260408083206001600160401b03808616855292528220548291168015611c2357611c1e600182614e1d565b611c26565b60005b92506001600160401b0316151590505b9250929050565b60009182526000805160206150cf833981519152602090815260408084206001600160a01b0393909316845291905290205460ff1690565b60008051602061508f833981519152611c8d81612693565b61126e848484613348565b604080516060810182526000808252602082018190529181019190915260008281526005602090815260409182902082516060810190935280546001600160a01b03811684529091830190600160a01b900460ff166002811115611cfe57611cfe614b07565b6002811115611d0f57611d0f614b07565b81526020016001820154815250509050919050565b6000611a3b86868686866000612e29565b80600003611d565760405163f7f70a0d60e01b815260040160405180910390fd5b6000611d606126a7565b9050611d6c8183613498565b611da16001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016823085613543565b806001600160a01b03167f2da466a7b24304f47e87fa2e1e5a81b9831ce54fec19055ce277ca2f39ba42c483604051611ddc91815260200190565b60405180910390a25050565b600060076000611df88585612a2f565b815260200190815260200160002090508060010160199054906101000a900460ff16611e49576040516308917ac360e21b8152600481018490526001600160401b0383166024820152604401610d1f565b6001810154600160d01b900460ff1615611e88576040516364cd092760e11b8152600481018490526001600160401b0383166024820152604401610d1f565b6001818101805460ff60d01b198116600160d01b1791829055604080516101408101825260008082526020820181905280546001600160a01b03908116938301939093529454909116606082015260028501546001600160401b03908116608083015291821660a0820152600160401b8304821660c0820152600160801b909204811660e083015284166101008201526101208101611f278686612a74565b15159052600383015490915060005b81811015611f6f57611f67846003018281548110611f5657611f56614d8d565b90600052602060002001548461357c565b600101611f36565b5060208201518251600091611f8391614e5b565b90508015611fd557611f99836060015182613498565b606083015160408051838152600460208201526000926001600160a01b031691309160008051602061510f833981519152910160405180910390a45b6040516001600160401b0386169087907f12c0c00549aeecd316eada73f4565969e58ead92e25f78857813207aac9d6e8390600090a3505050505050565b600061201d61394b565b805490915060ff600160401b82041615906001600160401b03166000811580156120445750825b90506000826001600160401b031660011480156120605750303b155b90508115801561206e575080155b1561208c5760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff1916600117855583156120b657845460ff60401b1916600160401b1785555b6120bf8a613974565b6120c7613985565b6120cf613985565b6001600160a01b0389166120f657604051630d80498360e31b815260040160405180910390fd5b61210160008a6127cc565b5061211a60008051602061508f8339815191528a6127cc565b506121336000805160206150ef8339815191528a6127cc565b5061213e898a612d93565b612149888888613348565b831561218f57845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50505050505050505050565b6121a482611122565b6121ad81612693565b61126e8383612879565b60008051602061508f8339815191526121cf81612693565b60008481526004602052604090205463ffffffff161561220557604051631586397760e01b815260048101859052602401610d1f565b8315806122185750600a8363ffffffff16105b8061222b5750620151808363ffffffff16115b8061224c575061223c836004614e95565b63ffffffff168263ffffffff1610155b1561227a57604051634861f12360e11b815263ffffffff808516600483015283166024820152604401610d1f565b60408051808201825263ffffffff858116808352858216602080850182815260008b81526004835287902095518654915186166401000000000267ffffffffffffffff199092169516949094179390931790935583519081529081019190915285917f8be349ddca79c5742d6bc3c38685e88680781c87157e0de106df7cf22a15f80d910160405180910390a250505050565b600061231881612693565b6119cf8261398d565b60008051602061508f83398151915261233981612693565b6000612344886125d1565b90506000612352828961263c565b90508042101561238e5760405163a0844dfd60e01b8152600481018a90526001600160401b038916602482015260448101829052606401610d1f565b60006007600061239e8c8c612a2f565b815260200190815260200160002090508060010160199054906101000a900460ff16156123f057604051633334228f60e21b8152600481018b90526001600160401b038a166024820152604401610d1f565b80548714612434578054604051632d88930560e21b8152600481018c90526001600160401b038b166024820152604481019190915260648101889052608401610d1f565b60038101548514612468576003810154604051632410c78160e21b8152600481019190915260248101869052604401610d1f565b6001810154600160c01b900460ff1661248457612484816139f6565b6000612492828a8989613a6c565b90506000816001600160401b03161180156124de575060018201546001600160401b03908116908a1610806124de575060018201546001600160401b03600160401b9091048116908a16115b156125255760018201546040516301d937c160e11b81526001600160401b03808c1660048301528083166024830152600160401b9092049091166044820152606401610d1f565b806001600160401b031660000361253b57600098505b60018201805460ff60c81b1916600160c81b1790556002820180546001600160401b03838116600160401b026001600160801b0319909216818d161791909117909155604051908b16908c907fa2e409ee5078a2f19a6214293db13f5fd118327416129b3cdb02afae6f24b6a2906125bc908d9086908e908e908e90614eb4565b60405180910390a35050505050505050505050565b604080518082018252600080825260209182018190528381526004825282812083518085019094525463ffffffff80821680865264010000000090920416928401929092520361263757604051633221644360e01b815260048101839052602401610d1f565b919050565b8151600090819061265c9063ffffffff166001600160401b038516614dcc565b9050836020015163ffffffff16811161267657600061268b565b602084015161268b9063ffffffff1682614e5b565b949350505050565b6126a48161269f6126a7565b613cc6565b50565b60006126b1613cff565b905090565b81546000906126d7906001600160801b03600160801b820481169116614e3c565b6001600160801b03169050808211156127095783828260405163829fa73b60e01b8152600401610d1f93929190614f21565b6001600160a01b0384166000908152600c6020526040902054801580159061273957506127368585613d47565b83115b1561276657848161274a8787613d47565b604051638bfc836960e01b8152600401610d1f93929190614f21565b5050505050565b6040516001600160a01b0383811660248301526044820183905261124d91859182169063a9059cbb906064015b604051602081830303815290604052915060e01b6020820180516001600160e01b038381831617835250505050613db2565b60006000805160206150cf8339815191526127e78484611c3d565b612868576000848152602082815260408083206001600160a01b03871684529091529020805460ff1916600117905561281e6126a7565b6001600160a01b0316836001600160a01b0316857f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a46001915050610cc0565b6000915050610cc0565b5092915050565b60006000805160206150cf8339815191526128948484611c3d565b15612868576000848152602082815260408083206001600160a01b03871684529091529020805460ff191690556128c96126a7565b6001600160a01b0316836001600160a01b0316857ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b60405160405180910390a46001915050610cc0565b815460009081906001600160a01b03811690600160a01b900465ffffffffffff168481106129415784612943565b805b6001600160a01b03808a166000908152600b6020908152604080832093871683529290529081208054929650869290919061297f908490614e5b565b9091555061299590508789848760036000613e23565b8554604051858152600160d01b90910465ffffffffffff16906001600160a01b0384811691908b16907f9af2dc774d7edcff08b218851a3bc91aed368f81bf0c3e3fa7acf1dd704f559e9060200160405180910390a4808414925082612a24576129ff8482614e5b565b865465ffffffffffff91909116600160a01b0265ffffffffffff60a01b199091161786555b505094509492505050565b60008282604051602001612a569291909182526001600160401b0316602082015260400190565b60405160208183030381529060405280519060200120905092915050565b600082815260046020526040812054620151809063ffffffff16612aa26001600160401b0385166001614db9565b612aac9190614dcc565b612ab69190614db9565b4210159392505050565b6000612ace610cd4846125d1565b905080421061124d576040516314b595ad60e21b8152600481018490526001600160401b038316602482015260448101829052606401610d1f565b306001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161480612b7957507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316612b6d613e8e565b6001600160a01b031614155b15612b975760405163703e46dd60e11b815260040160405180910390fd5b565b6000612ba481612693565b6000826001600160a01b03166356ef45146040518163ffffffff1660e01b8152600401602060405180830381865afa925050508015612c00575060408051601f3d908101601f19168201909252612bfd91810190614f42565b60015b15612c085790505b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316816001600160a01b03161461124d57604051631674cab560e31b81526001600160a01b037f00000000000000000000000000000000000000000000000000000000000000008116600483015282166024820152604401610d1f565b816001600160a01b03166352d1902d6040518163ffffffff1660e01b8152600401602060405180830381865afa925050508015612ce7575060408051601f3d908101601f19168201909252612ce491810190614f5f565b60015b612d0f57604051634c9c8ce360e01b81526001600160a01b0383166004820152602401610d1f565b6000805160206150af8339815191528114612d4057604051632a87526960e21b815260048101829052602401610d1f565b61124d8383613ea4565b306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614612b975760405163703e46dd60e11b815260040160405180910390fd5b6001600160a01b0382161580612db057506001600160a01b038116155b15612dce57604051630d80498360e31b815260040160405180910390fd5b600080546001600160a01b038085166001600160a01b0319928316811784556001805492861692909316821790925560405190927f48461bef8804227483fe90c82da6791324d3dd59315647f3925c639b20d21c7a91a35050565b600080612e398888888887613efa565b9050600060076000612e4b8a8a612a2f565b815260200190815260200160002090508060010160189054906101000a900460ff16612e7a57612e7a816139f6565b60018101546001600160401b039081169086161080612eb0575060018101546001600160401b03600160401b9091048116908616115b15612ef75760018101546040516301d937c160e11b81526001600160401b0380881660048301528083166024830152600160401b9092049091166044820152606401610d1f565b600381015461019011612f2f57604051631fd7b3c960e01b8152600481018990526001600160401b0388166024820152604401610d1f565b6000612f9285612f5e576001830154612f59908990600160401b90046001600160401b0316614118565b614149565b6001830154612f7e908990600160801b90046001600160401b0316614118565b612f888989614118565b612f599190614db9565b6001600160a01b0384166000908152600a60205260409020909150612fc184826001600160401b0385166126b6565b80546001600160401b038316908290601090612fee908490600160801b90046001600160801b0316614f78565b92506101000a8154816001600160801b0302191690836001600160801b0316021790555060036000815461302190614e6e565b91905081905594506040518061012001604052808c8152602001856001600160a01b031681526020018a6001600160401b031681526020018715158152602001600015158152602001896001600160401b03168152602001886001600160401b0316815260200160006001600160401b03168152602001836001600160401b0316815250600660008781526020019081526020016000206000820151816000015560208201518160010160006101000a8154816001600160a01b0302191690836001600160a01b0316021790555060408201518160010160146101000a8154816001600160401b0302191690836001600160401b03160217905550606082015181600101601c6101000a81548160ff021916908315150217905550608082015181600101601d6101000a81548160ff02191690831515021790555060a08201518160020160006101000a8154816001600160401b0302191690836001600160401b0316021790555060c08201518160020160086101000a8154816001600160401b0302191690836001600160401b0316021790555060e08201518160020160106101000a8154816001600160401b0302191690836001600160401b031602179055506101008201518160020160186101000a8154816001600160401b0302191690836001600160401b0316021790555090505084600860008d815260200190815260200160002060008b6001600160401b03166001600160401b0316815260200190815260200160002081905550826003018590806001815401808255809150506001900390600052602060002001600090919091909150558260000154858c888b8b6040516020016132ca9695949392919095865260208601949094526040850192909252151560608401526001600160401b0390811660808401521660a082015260c00190565b60408051808303601f19018152828252805160209182012086558d8352881515908301526001600160401b038a81168383015289811660608401529051908b16918c9188917f07b5e8ce151546e43d82fa6cf8fe36fe14a821f6923f63b7e9e4bc6f7b6a4d39919081900360800190a4505050509695505050505050565b6001600160401b038316158061336f5750816001600160401b0316836001600160401b0316115b806133855750620186a06001600160401b038316115b156133b657604051631211c32960e21b81526001600160401b03808516600483015283166024820152604401610d1f565b620186a06001600160401b03821611156133f75760405163067e513960e31b81526001600160401b0382166004820152620186a06024820152604401610d1f565b600280546001600160801b031916600160401b6001600160401b0384811691820267ffffffffffffffff1916929092178583169081179093556001805467ffffffffffffffff60a01b1916600160a01b938816938402179055604080519283526020830193909352918101919091527f5adc9efb6e2a54bbeea1db753fea00d934630f2aa74927b706cee9adf651cdc99060600160405180910390a1505050565b6001600160a01b0382166000908152600a6020526040812080549091906134ca906001600160801b0390811690614e3c565b6001600160801b03169050808311156134fc57838382604051634b98e61760e01b8152600401610d1f93929190614f21565b8154839083906000906135199084906001600160801b0316614f78565b92506101000a8154816001600160801b0302191690836001600160801b0316021790555050505050565b6040516001600160a01b03848116602483015283811660448301526064820183905261126e9186918216906323b872dd9060840161279a565b60008281526006602052604090206001810154600160e81b900460ff16156135a357505050565b60018101546001600160a01b03166000908152600a6020526040902060028201548154600160c01b9091046001600160401b03169082906010906135f8908490600160801b90046001600160801b0316614e3c565b82546001600160801b039182166101009390930a9283029190920219909116179055506002820180546001600160c01b031690819055600160801b90046001600160401b0316600081900361364e575050505050565b825460009081526009602090815260408083206101008801516001600160401b0390811685529252909120541680156136935761368c600182614e1d565b9050613715565b846101200151156136e25750610100840151835460405183926001600160401b031691907f9cd287c8718ea88273f9ba93d8f4e187000eb5d1660702df075c5c40158e180390600090a3613715565b83546101008601516040516393ca1f3d60e01b815260048101929092526001600160401b03166024820152604401610d1f565b6001840154600160e01b900460ff161561382e576000613739838760800151614118565b60018601549091506137569085906001600160a01b031683614183565b80866000018181516137689190614db9565b905250600185810154604080518481526020810193909352899230926001600160a01b03169160008051602061510f833981519152910160405180910390a46137de848660010160009054906101000a90046001600160a01b031688606001516137d6878b60e00151614118565b60028c613e23565b826001600160401b0316826001600160401b03161015613828576001850154613828906001600160a01b03166138216138178587614e1d565b8960a001516141f3565b888a61420e565b50613943565b600061383e8387608001516141f3565b905080866020018181516138529190614db9565b905250600185015461386d906001600160a01b031682613498565b60018581015460408051848152602081019390935289926001600160a01b0390921691309160008051602061510f833981519152910160405180910390a4826001600160401b0316826001600160401b0316101561390a5760006138de6138d48486614e1d565b8860c00151614118565b600187015460408901519192506139049187916001600160a01b0316908460038d613e23565b50611119565b826001600160401b0316826001600160401b03161115611119576001850154611119906001600160a01b03166138216138178686614e1d565b505050505050565b6000807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00610cc0565b61397c614479565b6126a48161398d565b612b97614479565b7f6389d4d2560983108581ad2cc39dce4636976a601669f6a74e7bc7f44ec3e90080546001600160a01b0319166001600160a01b0383169081179091556040517fd91237492a9e30cd2faf361fc103998a382ff0ec2b1b07dc1cbebb76ae2f1ea290600090a250565b6001805460025492909101805467ffffffffffffffff19600160401b6001600160401b038681168202929092166001600160801b0319600160801b9290970483169190910268ffffffffffffffffff60801b1990931692909217600160c01b179490941617600160a01b90920492909216179055565b60008060005b83811015613c77576000858583818110613a8e57613a8e614d8d565b9050602002016020810190613aa39190614de3565b9050806001600160401b0316600003613abc5750613c6f565b6000886003018381548110613ad357613ad3614d8d565b6000918252602080832090910154808352600690915260409091206002810154919250906001600160401b039081169084161180613b1c57506001810154600160e81b900460ff165b15613b805760018101548290600160e81b900460ff16613b495760028201546001600160401b0316613b4c565b60005b60405163fdebc6ab60e01b815260048101929092526001600160401b03908116602483015284166044820152606401610d1f565b6001810154600160e01b900460ff16613bb25760028101546001600160401b03808b16600160401b9092041611613bcd565b60028101546001600160401b03808b16600160401b90920416105b15613c1257600281015460405163d6a0075160e01b8152600481018490526001600160401b03600160401b90920482166024820152908a166044820152606401610d1f565b60028101805467ffffffffffffffff60801b1916600160801b6001600160401b038616021790556001810154600160e01b900460ff1615613c5e57613c578387614dfe565b9550613c6b565b613c688386614dfe565b94505b5050505b600101613a72565b50806001600160401b0316826001600160401b031614613cbd57604051630baaedf760e01b81526001600160401b03808416600483015282166024820152604401610d1f565b50949350505050565b613cd08282611c3d565b6119cf5760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610d1f565b6000366014808210801590613d185750613d18336119f0565b15613d3f57613d2c36828403816000614f97565b613d3591614fc1565b60601c9250505090565b339250505090565b80546000908190613d6a906001600160801b03600160801b820481169116614e3c565b6001600160a01b0385166000908152600c60205260409020546001600160801b03919091169150808211613d9f576000613da9565b613da98183614e5b565b95945050505050565b600080602060008451602086016000885af180613dd5576040513d6000823e3d81fd5b50506000513d91508115613ded578060011415613dfa565b6001600160a01b0384163b155b1561126e57604051635274afe760e01b81526001600160a01b0385166004820152602401610d1f565b821561394357613e34868685614183565b613e3e8484613498565b80846001600160a01b0316866001600160a01b031660008051602061510f8339815191528686604051613e7e92919091825260ff16602082015260400190565b60405180910390a4505050505050565b60006000805160206150af833981519152611bd8565b613ead8261449e565b6040516001600160a01b038316907fbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b90600090a2805115613ef25761124d8282614503565b6119cf614570565b600085815260056020908152604080832081516060810190925280546001600160a01b03811683528493830190600160a01b900460ff166002811115613f4257613f42614b07565b6002811115613f5357613f53614b07565b81526020016001820154815250509050613f6b6126a7565b81519092506001600160a01b0316613f995760405163a51f273360e01b815260048101889052602401610d1f565b816001600160a01b031681600001516001600160a01b031614613fe1576040516323d12e4960e21b8152600481018890526001600160a01b0383166024820152604401610d1f565b8581604001511461401c576040808201519051635259e73760e01b815260048101899052602481019190915260448101879052606401610d1f565b82151560028260200151600281111561403757614037614b07565b141461405f5760208101516040516326eb60ab60e21b8152610d1f9189918690600401615001565b6140698686612ac0565b6001600160401b038416158061408a5750620f42406001600160401b038516115b156140b35760405163a69df6cd60e01b81526001600160401b0385166004820152602401610d1f565b60008781526008602090815260408083206001600160401b0389168452909152902054801561410d576040516208c8a160e51b8152600481018990526001600160401b038716602482015260448101829052606401610d1f565b505095945050505050565b60006103e86141336001600160401b03808516908616614dcc565b61413f906103e7614db9565b610cda9190615025565b60006001600160401b0382111561417f57604080516306dfcc6560e41b8152600481019190915260248101839052604401610d1f565b5090565b82546000906141a4906001600160801b03600160801b820481169116614e3c565b6001600160801b03169050808211156141d65782828260405163829fa73b60e01b8152600401610d1f93929190614f21565b8354829085906000906135199084906001600160801b0316614e3c565b60006103e861413f6001600160401b03808516908616614dcc565b821580614230575081604001516001600160a01b0316846001600160a01b0316145b61126e57604080830180516001600160a01b03166000908152600a60205291822090519091906142609083613d47565b90508481111561426d5750835b6142808285604001518884600388613e23565b600061428c8287614e5b565b90508060000361429e5750505061126e565b6040808601516001600160a01b039081166000908152600b6020908152838220928b1682529190915290812080548392906142da908490614db9565b90915550506040808601516001600160a01b03166000908152600c602052908120805483929061430b908490614db9565b90915550506040808601516001600160a01b039081166000908152600d602090815290839020835160608101909452918a168352909190810161434d8461458f565b65ffffffffffff1681526020016143638761458f565b65ffffffffffff1690526040878101516001600160a01b03166000908152600e6020529081208354909190600160801b90046001600160801b03168460106143aa83615047565b82546101009290920a6001600160801b0381810219909316918316021790915516815260208082019290925260409081016000208351815485850151958401516001600160a01b039283166001600160d01b031990921691909117600160a01b65ffffffffffff97881602176001600160d01b0316600160d01b969091169590950294909417905588810151905185815288938c8116939216917f905f9092b30f64033c3217862316d4cda476b17ddecc034f2206a179cd328071910160405180910390a45050505050505050565b6144816145c2565b612b9757604051631afcd79f60e31b815260040160405180910390fd5b806001600160a01b03163b6000036144d457604051634c9c8ce360e01b81526001600160a01b0382166004820152602401610d1f565b6000805160206150af83398151915280546001600160a01b0319166001600160a01b0392909216919091179055565b6060600080846001600160a01b0316846040516145209190615072565b600060405180830381855af49150503d806000811461455b576040519150601f19603f3d011682016040523d82523d6000602084013e614560565b606091505b5091509150613da98583836145dc565b3415612b975760405163b398979f60e01b815260040160405180910390fd5b600065ffffffffffff82111561417f576040516306dfcc6560e41b81526030600482015260248101839052604401610d1f565b60006145cc61394b565b54600160401b900460ff16919050565b6060826145f1576145ec82614631565b610cda565b815115801561460857506001600160a01b0384163b155b1561287257604051639996b31560e01b81526001600160a01b0385166004820152602401610d1f565b80511561464057805160208201fd5b60405163d6bda27560e01b815260040160405180910390fd5b60405180606001604052806003906020820280368337509192915050565b60006020828403121561468957600080fd5b81356001600160e01b031981168114610cda57600080fd5b80356001600160401b038116811461263757600080fd5b600080604083850312156146cb57600080fd5b823591506146db602084016146a1565b90509250929050565b60008083601f8401126146f657600080fd5b5081356001600160401b0381111561470d57600080fd5b6020830191508360208260051b8501011115611c3657600080fd5b60008060008060006060868803121561474057600080fd5b614749866146a1565b945060208601356001600160401b0381111561476457600080fd5b614770888289016146e4565b90955093505060408601356001600160401b0381111561478f57600080fd5b61479b888289016146e4565b969995985093965092949392505050565b6000602082840312156147be57600080fd5b5035919050565b6001600160a01b03811681146126a457600080fd5b600080604083850312156147ed57600080fd5b8235915060208301356147ff816147c5565b809150509250929050565b6000806040838503121561481d57600080fd5b8235614828816147c5565b946020939093013593505050565b60006020828403121561484857600080fd5b8135610cda816147c5565b6000806000806080858703121561486957600080fd5b84359350602085013561487b816147c5565b925060408501356003811061488f57600080fd5b9396929550929360600135925050565b634e487b7160e01b600052604160045260246000fd5b600080604083850312156148c857600080fd5b82356148d3816147c5565b915060208301356001600160401b038111156148ee57600080fd5b8301601f810185136148ff57600080fd5b80356001600160401b038111156149185761491861489f565b604051601f8201601f19908116603f011681016001600160401b03811182821017156149465761494661489f565b60405281815282820160200187101561495e57600080fd5b816020840160208301376000602083830101528093505050509250929050565b6000806040838503121561499157600080fd5b823561499c816147c5565b915060208301356147ff816147c5565b600080600080600060a086880312156149c457600080fd5b85359450602086013593506149db604087016146a1565b92506149e9606087016146a1565b91506149f7608087016146a1565b90509295509295909350565b8060005b600381101561126e5781516001600160401b0316845260209384019390910190600101614a07565b610120808252885190820181905260009060208a0190610140840190835b81811015614a6b578351835260209384019390920191600101614a4d565b5050602084018a905288151560408501529150614a859050565b85151560608301526001600160401b03851660808301526001600160401b03841660a0830152614ab860c0830184614a03565b98975050505050505050565b600080600060608486031215614ad957600080fd5b614ae2846146a1565b9250614af0602085016146a1565b9150614afe604085016146a1565b90509250925092565b634e487b7160e01b600052602160045260246000fd5b60038110614b3b57634e487b7160e01b600052602160045260246000fd5b9052565b81516001600160a01b031681526020808301516060830191614b6390840182614b1d565b50604092830151919092015290565b60005b83811015614b8d578181015183820152602001614b75565b50506000910152565b6020815260008251806020840152614bb5816040850160208701614b72565b601f01601f19169190910160400192915050565b815181526020808301516001600160a01b0316908201526040808301516001600160401b031690820152606080830151610120830191614c0c9084018215159052565b506080830151614c20608084018215159052565b5060a0830151614c3b60a08401826001600160401b03169052565b5060c0830151614c5660c08401826001600160401b03169052565b5060e0830151614c7160e08401826001600160401b03169052565b506101008301516128726101008401826001600160401b03169052565b600080600080600060a08688031215614ca657600080fd5b8535614cb1816147c5565b94506020860135614cc1816147c5565b93506149db604087016146a1565b803563ffffffff8116811461263757600080fd5b600080600060608486031215614cf857600080fd5b83359250614d0860208501614ccf565b9150614afe60408501614ccf565b60008060008060008060a08789031215614d2f57600080fd5b86359550614d3f602088016146a1565b9450614d4d604088016146a1565b93506060870135925060808701356001600160401b03811115614d6f57600080fd5b614d7b89828a016146e4565b979a9699509497509295939492505050565b634e487b7160e01b600052603260045260246000fd5b634e487b7160e01b600052601160045260246000fd5b80820180821115610cc057610cc0614da3565b8082028115828204841417610cc057610cc0614da3565b600060208284031215614df557600080fd5b610cda826146a1565b6001600160401b038181168382160190811115610cc057610cc0614da3565b6001600160401b038281168282160390811115610cc057610cc0614da3565b6001600160801b038281168282160390811115610cc057610cc0614da3565b81810381811115610cc057610cc0614da3565b600060018201614e8057614e80614da3565b5060010190565b60208101610cc08284614b1d565b63ffffffff818116838216029081169081811461287257612872614da3565b6001600160401b0386811682528516602082015260408101849052608060608201819052810182905260008360a08301825b85811015614f14576001600160401b03614eff846146a1565b16825260209283019290910190600101614ee6565b5098975050505050505050565b6001600160a01b039390931683526020830191909152604082015260600190565b600060208284031215614f5457600080fd5b8151610cda816147c5565b600060208284031215614f7157600080fd5b5051919050565b6001600160801b038181168382160190811115610cc057610cc0614da3565b60008085851115614fa757600080fd5b83861115614fb457600080fd5b5050820193919092039150565b80356bffffffffffffffffffffffff198116906014841015612872576bffffffffffffffffffffffff1960149490940360031b84901b1690921692915050565b838152606081016150156020830185614b1d565b8215156040830152949350505050565b60008261504257634e487b7160e01b600052601260045260246000fd5b500490565b60006001600160801b0382166001600160801b03810361506957615069614da3565b60010192915050565b60008251615084818460208701614b72565b919091019291505056fe55049dd3b89514f54f939cb6b3d0bd764d192f30d61ca6964b2cacf4a9134af1360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc02dd7bc7dec4dceedda775e58dd541e08a116c6c53815c0bd028192f7b62680014bc19e187864ba983e1e88379d9f857bc0aa7efd374be5a2053d4fd127e7e53e000c511c36dbc6533f478a85011518265196945bf27bf7907cb69d2c551b544a26469706673582212203b645099311141c98af3cd44008b7e180d676ffb9fe4d550de5fa7ca9ecc004464736f6c634300081c0033",
}

// SolarMarketABI is the input ABI used to generate the binding from.
// Deprecated: Use SolarMarketMetaData.ABI instead.
var SolarMarketABI = SolarMarketMetaData.ABI

// SolarMarketBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use SolarMarketMetaData.Bin instead.
var SolarMarketBin = SolarMarketMetaData.Bin

// DeploySolarMarket deploys a new Ethereum contract, binding an instance of SolarMarket to it.
func DeploySolarMarket(auth *bind.TransactOpts, backend bind.ContractBackend, token common.Address) (common.Address, *types.Transaction, *SolarMarket, error) {
	parsed, err := SolarMarketMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(SolarMarketBin), backend, token)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &SolarMarket{SolarMarketCaller: SolarMarketCaller{contract: contract}, SolarMarketTransactor: SolarMarketTransactor{contract: contract}, SolarMarketFilterer: SolarMarketFilterer{contract: contract}}, nil
}

// SolarMarket is an auto generated Go binding around an Ethereum contract.
type SolarMarket struct {
	SolarMarketCaller     // Read-only binding to the contract
	SolarMarketTransactor // Write-only binding to the contract
	SolarMarketFilterer   // Log filterer for contract events
}

// SolarMarketCaller is an auto generated read-only Go binding around an Ethereum contract.
type SolarMarketCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// SolarMarketTransactor is an auto generated write-only Go binding around an Ethereum contract.
type SolarMarketTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// SolarMarketFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type SolarMarketFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// SolarMarketSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type SolarMarketSession struct {
	Contract     *SolarMarket      // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// SolarMarketCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type SolarMarketCallerSession struct {
	Contract *SolarMarketCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts      // Call options to use throughout this session
}

// SolarMarketTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type SolarMarketTransactorSession struct {
	Contract     *SolarMarketTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts      // Transaction auth options to use throughout this session
}

// SolarMarketRaw is an auto generated low-level Go binding around an Ethereum contract.
type SolarMarketRaw struct {
	Contract *SolarMarket // Generic contract binding to access the raw methods on
}

// SolarMarketCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type SolarMarketCallerRaw struct {
	Contract *SolarMarketCaller // Generic read-only contract binding to access the raw methods on
}

// SolarMarketTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type SolarMarketTransactorRaw struct {
	Contract *SolarMarketTransactor // Generic write-only contract binding to access the raw methods on
}

// NewSolarMarket creates a new instance of SolarMarket, bound to a specific deployed contract.
func NewSolarMarket(address common.Address, backend bind.ContractBackend) (*SolarMarket, error) {
	contract, err := bindSolarMarket(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &SolarMarket{SolarMarketCaller: SolarMarketCaller{contract: contract}, SolarMarketTransactor: SolarMarketTransactor{contract: contract}, SolarMarketFilterer: SolarMarketFilterer{contract: contract}}, nil
}

// NewSolarMarketCaller creates a new read-only instance of SolarMarket, bound to a specific deployed contract.
func NewSolarMarketCaller(address common.Address, caller bind.ContractCaller) (*SolarMarketCaller, error) {
	contract, err := bindSolarMarket(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &SolarMarketCaller{contract: contract}, nil
}

// NewSolarMarketTransactor creates a new write-only instance of SolarMarket, bound to a specific deployed contract.
func NewSolarMarketTransactor(address common.Address, transactor bind.ContractTransactor) (*SolarMarketTransactor, error) {
	contract, err := bindSolarMarket(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &SolarMarketTransactor{contract: contract}, nil
}

// NewSolarMarketFilterer creates a new log filterer instance of SolarMarket, bound to a specific deployed contract.
func NewSolarMarketFilterer(address common.Address, filterer bind.ContractFilterer) (*SolarMarketFilterer, error) {
	contract, err := bindSolarMarket(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &SolarMarketFilterer{contract: contract}, nil
}

// bindSolarMarket binds a generic wrapper to an already deployed contract.
func bindSolarMarket(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := SolarMarketMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_SolarMarket *SolarMarketRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _SolarMarket.Contract.SolarMarketCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_SolarMarket *SolarMarketRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _SolarMarket.Contract.SolarMarketTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_SolarMarket *SolarMarketRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _SolarMarket.Contract.SolarMarketTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_SolarMarket *SolarMarketCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _SolarMarket.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_SolarMarket *SolarMarketTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _SolarMarket.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_SolarMarket *SolarMarketTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _SolarMarket.Contract.contract.Transact(opts, method, params...)
}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_SolarMarket *SolarMarketCaller) DEFAULTADMINROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _SolarMarket.contract.Call(opts, &out, "DEFAULT_ADMIN_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_SolarMarket *SolarMarketSession) DEFAULTADMINROLE() ([32]byte, error) {
	return _SolarMarket.Contract.DEFAULTADMINROLE(&_SolarMarket.CallOpts)
}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_SolarMarket *SolarMarketCallerSession) DEFAULTADMINROLE() ([32]byte, error) {
	return _SolarMarket.Contract.DEFAULTADMINROLE(&_SolarMarket.CallOpts)
}

// KRW is a free data retrieval call binding the contract method 0x56ef4514.
//
// Solidity: function KRW() view returns(address)
func (_SolarMarket *SolarMarketCaller) KRW(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _SolarMarket.contract.Call(opts, &out, "KRW")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// KRW is a free data retrieval call binding the contract method 0x56ef4514.
//
// Solidity: function KRW() view returns(address)
func (_SolarMarket *SolarMarketSession) KRW() (common.Address, error) {
	return _SolarMarket.Contract.KRW(&_SolarMarket.CallOpts)
}

// KRW is a free data retrieval call binding the contract method 0x56ef4514.
//
// Solidity: function KRW() view returns(address)
func (_SolarMarket *SolarMarketCallerSession) KRW() (common.Address, error) {
	return _SolarMarket.Contract.KRW(&_SolarMarket.CallOpts)
}

// MARKETOPERATORROLE is a free data retrieval call binding the contract method 0x0e997a95.
//
// Solidity: function MARKET_OPERATOR_ROLE() view returns(bytes32)
func (_SolarMarket *SolarMarketCaller) MARKETOPERATORROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _SolarMarket.contract.Call(opts, &out, "MARKET_OPERATOR_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// MARKETOPERATORROLE is a free data retrieval call binding the contract method 0x0e997a95.
//
// Solidity: function MARKET_OPERATOR_ROLE() view returns(bytes32)
func (_SolarMarket *SolarMarketSession) MARKETOPERATORROLE() ([32]byte, error) {
	return _SolarMarket.Contract.MARKETOPERATORROLE(&_SolarMarket.CallOpts)
}

// MARKETOPERATORROLE is a free data retrieval call binding the contract method 0x0e997a95.
//
// Solidity: function MARKET_OPERATOR_ROLE() view returns(bytes32)
func (_SolarMarket *SolarMarketCallerSession) MARKETOPERATORROLE() ([32]byte, error) {
	return _SolarMarket.Contract.MARKETOPERATORROLE(&_SolarMarket.CallOpts)
}

// MAXBOOK is a free data retrieval call binding the contract method 0xedc03ea1.
//
// Solidity: function MAX_BOOK() view returns(uint256)
func (_SolarMarket *SolarMarketCaller) MAXBOOK(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _SolarMarket.contract.Call(opts, &out, "MAX_BOOK")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MAXBOOK is a free data retrieval call binding the contract method 0xedc03ea1.
//
// Solidity: function MAX_BOOK() view returns(uint256)
func (_SolarMarket *SolarMarketSession) MAXBOOK() (*big.Int, error) {
	return _SolarMarket.Contract.MAXBOOK(&_SolarMarket.CallOpts)
}

// MAXBOOK is a free data retrieval call binding the contract method 0xedc03ea1.
//
// Solidity: function MAX_BOOK() view returns(uint256)
func (_SolarMarket *SolarMarketCallerSession) MAXBOOK() (*big.Int, error) {
	return _SolarMarket.Contract.MAXBOOK(&_SolarMarket.CallOpts)
}

// MAXORDERWH is a free data retrieval call binding the contract method 0x72c212ed.
//
// Solidity: function MAX_ORDER_WH() view returns(uint64)
func (_SolarMarket *SolarMarketCaller) MAXORDERWH(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _SolarMarket.contract.Call(opts, &out, "MAX_ORDER_WH")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// MAXORDERWH is a free data retrieval call binding the contract method 0x72c212ed.
//
// Solidity: function MAX_ORDER_WH() view returns(uint64)
func (_SolarMarket *SolarMarketSession) MAXORDERWH() (uint64, error) {
	return _SolarMarket.Contract.MAXORDERWH(&_SolarMarket.CallOpts)
}

// MAXORDERWH is a free data retrieval call binding the contract method 0x72c212ed.
//
// Solidity: function MAX_ORDER_WH() view returns(uint64)
func (_SolarMarket *SolarMarketCallerSession) MAXORDERWH() (uint64, error) {
	return _SolarMarket.Contract.MAXORDERWH(&_SolarMarket.CallOpts)
}

// MAXREADINGWH is a free data retrieval call binding the contract method 0x1a82bfda.
//
// Solidity: function MAX_READING_WH() view returns(uint64)
func (_SolarMarket *SolarMarketCaller) MAXREADINGWH(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _SolarMarket.contract.Call(opts, &out, "MAX_READING_WH")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// MAXREADINGWH is a free data retrieval call binding the contract method 0x1a82bfda.
//
// Solidity: function MAX_READING_WH() view returns(uint64)
func (_SolarMarket *SolarMarketSession) MAXREADINGWH() (uint64, error) {
	return _SolarMarket.Contract.MAXREADINGWH(&_SolarMarket.CallOpts)
}

// MAXREADINGWH is a free data retrieval call binding the contract method 0x1a82bfda.
//
// Solidity: function MAX_READING_WH() view returns(uint64)
func (_SolarMarket *SolarMarketCallerSession) MAXREADINGWH() (uint64, error) {
	return _SolarMarket.Contract.MAXREADINGWH(&_SolarMarket.CallOpts)
}

// MAXTARIFF is a free data retrieval call binding the contract method 0xc6cd75dc.
//
// Solidity: function MAX_TARIFF() view returns(uint64)
func (_SolarMarket *SolarMarketCaller) MAXTARIFF(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _SolarMarket.contract.Call(opts, &out, "MAX_TARIFF")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// MAXTARIFF is a free data retrieval call binding the contract method 0xc6cd75dc.
//
// Solidity: function MAX_TARIFF() view returns(uint64)
func (_SolarMarket *SolarMarketSession) MAXTARIFF() (uint64, error) {
	return _SolarMarket.Contract.MAXTARIFF(&_SolarMarket.CallOpts)
}

// MAXTARIFF is a free data retrieval call binding the contract method 0xc6cd75dc.
//
// Solidity: function MAX_TARIFF() view returns(uint64)
func (_SolarMarket *SolarMarketCallerSession) MAXTARIFF() (uint64, error) {
	return _SolarMarket.Contract.MAXTARIFF(&_SolarMarket.CallOpts)
}

// METERINGOPERATORROLE is a free data retrieval call binding the contract method 0x3610bdce.
//
// Solidity: function METERING_OPERATOR_ROLE() view returns(bytes32)
func (_SolarMarket *SolarMarketCaller) METERINGOPERATORROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _SolarMarket.contract.Call(opts, &out, "METERING_OPERATOR_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// METERINGOPERATORROLE is a free data retrieval call binding the contract method 0x3610bdce.
//
// Solidity: function METERING_OPERATOR_ROLE() view returns(bytes32)
func (_SolarMarket *SolarMarketSession) METERINGOPERATORROLE() ([32]byte, error) {
	return _SolarMarket.Contract.METERINGOPERATORROLE(&_SolarMarket.CallOpts)
}

// METERINGOPERATORROLE is a free data retrieval call binding the contract method 0x3610bdce.
//
// Solidity: function METERING_OPERATOR_ROLE() view returns(bytes32)
func (_SolarMarket *SolarMarketCallerSession) METERINGOPERATORROLE() ([32]byte, error) {
	return _SolarMarket.Contract.METERINGOPERATORROLE(&_SolarMarket.CallOpts)
}

// OPERATORDEADLINE is a free data retrieval call binding the contract method 0x62d9e5c1.
//
// Solidity: function OPERATOR_DEADLINE() view returns(uint256)
func (_SolarMarket *SolarMarketCaller) OPERATORDEADLINE(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _SolarMarket.contract.Call(opts, &out, "OPERATOR_DEADLINE")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// OPERATORDEADLINE is a free data retrieval call binding the contract method 0x62d9e5c1.
//
// Solidity: function OPERATOR_DEADLINE() view returns(uint256)
func (_SolarMarket *SolarMarketSession) OPERATORDEADLINE() (*big.Int, error) {
	return _SolarMarket.Contract.OPERATORDEADLINE(&_SolarMarket.CallOpts)
}

// OPERATORDEADLINE is a free data retrieval call binding the contract method 0x62d9e5c1.
//
// Solidity: function OPERATOR_DEADLINE() view returns(uint256)
func (_SolarMarket *SolarMarketCallerSession) OPERATORDEADLINE() (*big.Int, error) {
	return _SolarMarket.Contract.OPERATORDEADLINE(&_SolarMarket.CallOpts)
}

// UPGRADEINTERFACEVERSION is a free data retrieval call binding the contract method 0xad3cb1cc.
//
// Solidity: function UPGRADE_INTERFACE_VERSION() view returns(string)
func (_SolarMarket *SolarMarketCaller) UPGRADEINTERFACEVERSION(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _SolarMarket.contract.Call(opts, &out, "UPGRADE_INTERFACE_VERSION")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// UPGRADEINTERFACEVERSION is a free data retrieval call binding the contract method 0xad3cb1cc.
//
// Solidity: function UPGRADE_INTERFACE_VERSION() view returns(string)
func (_SolarMarket *SolarMarketSession) UPGRADEINTERFACEVERSION() (string, error) {
	return _SolarMarket.Contract.UPGRADEINTERFACEVERSION(&_SolarMarket.CallOpts)
}

// UPGRADEINTERFACEVERSION is a free data retrieval call binding the contract method 0xad3cb1cc.
//
// Solidity: function UPGRADE_INTERFACE_VERSION() view returns(string)
func (_SolarMarket *SolarMarketCallerSession) UPGRADEINTERFACEVERSION() (string, error) {
	return _SolarMarket.Contract.UPGRADEINTERFACEVERSION(&_SolarMarket.CallOpts)
}

// BuyTariff is a free data retrieval call binding the contract method 0xbce57c18.
//
// Solidity: function buyTariff() view returns(uint64)
func (_SolarMarket *SolarMarketCaller) BuyTariff(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _SolarMarket.contract.Call(opts, &out, "buyTariff")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// BuyTariff is a free data retrieval call binding the contract method 0xbce57c18.
//
// Solidity: function buyTariff() view returns(uint64)
func (_SolarMarket *SolarMarketSession) BuyTariff() (uint64, error) {
	return _SolarMarket.Contract.BuyTariff(&_SolarMarket.CallOpts)
}

// BuyTariff is a free data retrieval call binding the contract method 0xbce57c18.
//
// Solidity: function buyTariff() view returns(uint64)
func (_SolarMarket *SolarMarketCallerSession) BuyTariff() (uint64, error) {
	return _SolarMarket.Contract.BuyTariff(&_SolarMarket.CallOpts)
}

// DebtAt is a free data retrieval call binding the contract method 0x41ffe230.
//
// Solidity: function debtAt(address utility_, uint256 position) view returns((address,uint48,uint48))
func (_SolarMarket *SolarMarketCaller) DebtAt(opts *bind.CallOpts, utility_ common.Address, position *big.Int) (SolarMarketDebt, error) {
	var out []interface{}
	err := _SolarMarket.contract.Call(opts, &out, "debtAt", utility_, position)

	if err != nil {
		return *new(SolarMarketDebt), err
	}

	out0 := *abi.ConvertType(out[0], new(SolarMarketDebt)).(*SolarMarketDebt)

	return out0, err

}

// DebtAt is a free data retrieval call binding the contract method 0x41ffe230.
//
// Solidity: function debtAt(address utility_, uint256 position) view returns((address,uint48,uint48))
func (_SolarMarket *SolarMarketSession) DebtAt(utility_ common.Address, position *big.Int) (SolarMarketDebt, error) {
	return _SolarMarket.Contract.DebtAt(&_SolarMarket.CallOpts, utility_, position)
}

// DebtAt is a free data retrieval call binding the contract method 0x41ffe230.
//
// Solidity: function debtAt(address utility_, uint256 position) view returns((address,uint48,uint48))
func (_SolarMarket *SolarMarketCallerSession) DebtAt(utility_ common.Address, position *big.Int) (SolarMarketDebt, error) {
	return _SolarMarket.Contract.DebtAt(&_SolarMarket.CallOpts, utility_, position)
}

// DebtQueue is a free data retrieval call binding the contract method 0x3e8e12a5.
//
// Solidity: function debtQueue(address utility_) view returns(uint256 head, uint256 count)
func (_SolarMarket *SolarMarketCaller) DebtQueue(opts *bind.CallOpts, utility_ common.Address) (struct {
	Head  *big.Int
	Count *big.Int
}, error) {
	var out []interface{}
	err := _SolarMarket.contract.Call(opts, &out, "debtQueue", utility_)

	outstruct := new(struct {
		Head  *big.Int
		Count *big.Int
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Head = *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)
	outstruct.Count = *abi.ConvertType(out[1], new(*big.Int)).(**big.Int)

	return *outstruct, err

}

// DebtQueue is a free data retrieval call binding the contract method 0x3e8e12a5.
//
// Solidity: function debtQueue(address utility_) view returns(uint256 head, uint256 count)
func (_SolarMarket *SolarMarketSession) DebtQueue(utility_ common.Address) (struct {
	Head  *big.Int
	Count *big.Int
}, error) {
	return _SolarMarket.Contract.DebtQueue(&_SolarMarket.CallOpts, utility_)
}

// DebtQueue is a free data retrieval call binding the contract method 0x3e8e12a5.
//
// Solidity: function debtQueue(address utility_) view returns(uint256 head, uint256 count)
func (_SolarMarket *SolarMarketCallerSession) DebtQueue(utility_ common.Address) (struct {
	Head  *big.Int
	Count *big.Int
}, error) {
	return _SolarMarket.Contract.DebtQueue(&_SolarMarket.CallOpts, utility_)
}

// GateClosure is a free data retrieval call binding the contract method 0x070805e3.
//
// Solidity: function gateClosure(bytes32 area_, uint64 interval) view returns(uint256)
func (_SolarMarket *SolarMarketCaller) GateClosure(opts *bind.CallOpts, area_ [32]byte, interval uint64) (*big.Int, error) {
	var out []interface{}
	err := _SolarMarket.contract.Call(opts, &out, "gateClosure", area_, interval)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// GateClosure is a free data retrieval call binding the contract method 0x070805e3.
//
// Solidity: function gateClosure(bytes32 area_, uint64 interval) view returns(uint256)
func (_SolarMarket *SolarMarketSession) GateClosure(area_ [32]byte, interval uint64) (*big.Int, error) {
	return _SolarMarket.Contract.GateClosure(&_SolarMarket.CallOpts, area_, interval)
}

// GateClosure is a free data retrieval call binding the contract method 0x070805e3.
//
// Solidity: function gateClosure(bytes32 area_, uint64 interval) view returns(uint256)
func (_SolarMarket *SolarMarketCallerSession) GateClosure(area_ [32]byte, interval uint64) (*big.Int, error) {
	return _SolarMarket.Contract.GateClosure(&_SolarMarket.CallOpts, area_, interval)
}

// GetAccount is a free data retrieval call binding the contract method 0xfbcbc0f1.
//
// Solidity: function getAccount(address who) view returns((uint128,uint128))
func (_SolarMarket *SolarMarketCaller) GetAccount(opts *bind.CallOpts, who common.Address) (SolarMarketAccount, error) {
	var out []interface{}
	err := _SolarMarket.contract.Call(opts, &out, "getAccount", who)

	if err != nil {
		return *new(SolarMarketAccount), err
	}

	out0 := *abi.ConvertType(out[0], new(SolarMarketAccount)).(*SolarMarketAccount)

	return out0, err

}

// GetAccount is a free data retrieval call binding the contract method 0xfbcbc0f1.
//
// Solidity: function getAccount(address who) view returns((uint128,uint128))
func (_SolarMarket *SolarMarketSession) GetAccount(who common.Address) (SolarMarketAccount, error) {
	return _SolarMarket.Contract.GetAccount(&_SolarMarket.CallOpts, who)
}

// GetAccount is a free data retrieval call binding the contract method 0xfbcbc0f1.
//
// Solidity: function getAccount(address who) view returns((uint128,uint128))
func (_SolarMarket *SolarMarketCallerSession) GetAccount(who common.Address) (SolarMarketAccount, error) {
	return _SolarMarket.Contract.GetAccount(&_SolarMarket.CallOpts, who)
}

// GetArea is a free data retrieval call binding the contract method 0x5d6d173b.
//
// Solidity: function getArea(bytes32 area_) view returns((uint32,uint32))
func (_SolarMarket *SolarMarketCaller) GetArea(opts *bind.CallOpts, area_ [32]byte) (SolarMarketArea, error) {
	var out []interface{}
	err := _SolarMarket.contract.Call(opts, &out, "getArea", area_)

	if err != nil {
		return *new(SolarMarketArea), err
	}

	out0 := *abi.ConvertType(out[0], new(SolarMarketArea)).(*SolarMarketArea)

	return out0, err

}

// GetArea is a free data retrieval call binding the contract method 0x5d6d173b.
//
// Solidity: function getArea(bytes32 area_) view returns((uint32,uint32))
func (_SolarMarket *SolarMarketSession) GetArea(area_ [32]byte) (SolarMarketArea, error) {
	return _SolarMarket.Contract.GetArea(&_SolarMarket.CallOpts, area_)
}

// GetArea is a free data retrieval call binding the contract method 0x5d6d173b.
//
// Solidity: function getArea(bytes32 area_) view returns((uint32,uint32))
func (_SolarMarket *SolarMarketCallerSession) GetArea(area_ [32]byte) (SolarMarketArea, error) {
	return _SolarMarket.Contract.GetArea(&_SolarMarket.CallOpts, area_)
}

// GetBook is a free data retrieval call binding the contract method 0x701629a1.
//
// Solidity: function getBook(bytes32 area_, uint64 interval) view returns(uint256[] orders, bytes32 digest, bool cleared, bool settled, uint64 price, uint64 matchedWh, uint64[3] tariffs)
func (_SolarMarket *SolarMarketCaller) GetBook(opts *bind.CallOpts, area_ [32]byte, interval uint64) (struct {
	Orders    []*big.Int
	Digest    [32]byte
	Cleared   bool
	Settled   bool
	Price     uint64
	MatchedWh uint64
	Tariffs   [3]uint64
}, error) {
	var out []interface{}
	err := _SolarMarket.contract.Call(opts, &out, "getBook", area_, interval)

	outstruct := new(struct {
		Orders    []*big.Int
		Digest    [32]byte
		Cleared   bool
		Settled   bool
		Price     uint64
		MatchedWh uint64
		Tariffs   [3]uint64
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Orders = *abi.ConvertType(out[0], new([]*big.Int)).(*[]*big.Int)
	outstruct.Digest = *abi.ConvertType(out[1], new([32]byte)).(*[32]byte)
	outstruct.Cleared = *abi.ConvertType(out[2], new(bool)).(*bool)
	outstruct.Settled = *abi.ConvertType(out[3], new(bool)).(*bool)
	outstruct.Price = *abi.ConvertType(out[4], new(uint64)).(*uint64)
	outstruct.MatchedWh = *abi.ConvertType(out[5], new(uint64)).(*uint64)
	outstruct.Tariffs = *abi.ConvertType(out[6], new([3]uint64)).(*[3]uint64)

	return *outstruct, err

}

// GetBook is a free data retrieval call binding the contract method 0x701629a1.
//
// Solidity: function getBook(bytes32 area_, uint64 interval) view returns(uint256[] orders, bytes32 digest, bool cleared, bool settled, uint64 price, uint64 matchedWh, uint64[3] tariffs)
func (_SolarMarket *SolarMarketSession) GetBook(area_ [32]byte, interval uint64) (struct {
	Orders    []*big.Int
	Digest    [32]byte
	Cleared   bool
	Settled   bool
	Price     uint64
	MatchedWh uint64
	Tariffs   [3]uint64
}, error) {
	return _SolarMarket.Contract.GetBook(&_SolarMarket.CallOpts, area_, interval)
}

// GetBook is a free data retrieval call binding the contract method 0x701629a1.
//
// Solidity: function getBook(bytes32 area_, uint64 interval) view returns(uint256[] orders, bytes32 digest, bool cleared, bool settled, uint64 price, uint64 matchedWh, uint64[3] tariffs)
func (_SolarMarket *SolarMarketCallerSession) GetBook(area_ [32]byte, interval uint64) (struct {
	Orders    []*big.Int
	Digest    [32]byte
	Cleared   bool
	Settled   bool
	Price     uint64
	MatchedWh uint64
	Tariffs   [3]uint64
}, error) {
	return _SolarMarket.Contract.GetBook(&_SolarMarket.CallOpts, area_, interval)
}

// GetMeter is a free data retrieval call binding the contract method 0xa4bc68ac.
//
// Solidity: function getMeter(bytes32 meter_) view returns((address,uint8,bytes32))
func (_SolarMarket *SolarMarketCaller) GetMeter(opts *bind.CallOpts, meter_ [32]byte) (SolarMarketMeter, error) {
	var out []interface{}
	err := _SolarMarket.contract.Call(opts, &out, "getMeter", meter_)

	if err != nil {
		return *new(SolarMarketMeter), err
	}

	out0 := *abi.ConvertType(out[0], new(SolarMarketMeter)).(*SolarMarketMeter)

	return out0, err

}

// GetMeter is a free data retrieval call binding the contract method 0xa4bc68ac.
//
// Solidity: function getMeter(bytes32 meter_) view returns((address,uint8,bytes32))
func (_SolarMarket *SolarMarketSession) GetMeter(meter_ [32]byte) (SolarMarketMeter, error) {
	return _SolarMarket.Contract.GetMeter(&_SolarMarket.CallOpts, meter_)
}

// GetMeter is a free data retrieval call binding the contract method 0xa4bc68ac.
//
// Solidity: function getMeter(bytes32 meter_) view returns((address,uint8,bytes32))
func (_SolarMarket *SolarMarketCallerSession) GetMeter(meter_ [32]byte) (SolarMarketMeter, error) {
	return _SolarMarket.Contract.GetMeter(&_SolarMarket.CallOpts, meter_)
}

// GetOrder is a free data retrieval call binding the contract method 0xd09ef241.
//
// Solidity: function getOrder(uint256 orderId) view returns((bytes32,address,uint64,bool,bool,uint64,uint64,uint64,uint64))
func (_SolarMarket *SolarMarketCaller) GetOrder(opts *bind.CallOpts, orderId *big.Int) (SolarMarketOrder, error) {
	var out []interface{}
	err := _SolarMarket.contract.Call(opts, &out, "getOrder", orderId)

	if err != nil {
		return *new(SolarMarketOrder), err
	}

	out0 := *abi.ConvertType(out[0], new(SolarMarketOrder)).(*SolarMarketOrder)

	return out0, err

}

// GetOrder is a free data retrieval call binding the contract method 0xd09ef241.
//
// Solidity: function getOrder(uint256 orderId) view returns((bytes32,address,uint64,bool,bool,uint64,uint64,uint64,uint64))
func (_SolarMarket *SolarMarketSession) GetOrder(orderId *big.Int) (SolarMarketOrder, error) {
	return _SolarMarket.Contract.GetOrder(&_SolarMarket.CallOpts, orderId)
}

// GetOrder is a free data retrieval call binding the contract method 0xd09ef241.
//
// Solidity: function getOrder(uint256 orderId) view returns((bytes32,address,uint64,bool,bool,uint64,uint64,uint64,uint64))
func (_SolarMarket *SolarMarketCallerSession) GetOrder(orderId *big.Int) (SolarMarketOrder, error) {
	return _SolarMarket.Contract.GetOrder(&_SolarMarket.CallOpts, orderId)
}

// GetReading is a free data retrieval call binding the contract method 0x8a2db3b7.
//
// Solidity: function getReading(bytes32 meter_, uint64 interval) view returns(uint64 wh, bool posted)
func (_SolarMarket *SolarMarketCaller) GetReading(opts *bind.CallOpts, meter_ [32]byte, interval uint64) (struct {
	Wh     uint64
	Posted bool
}, error) {
	var out []interface{}
	err := _SolarMarket.contract.Call(opts, &out, "getReading", meter_, interval)

	outstruct := new(struct {
		Wh     uint64
		Posted bool
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Wh = *abi.ConvertType(out[0], new(uint64)).(*uint64)
	outstruct.Posted = *abi.ConvertType(out[1], new(bool)).(*bool)

	return *outstruct, err

}

// GetReading is a free data retrieval call binding the contract method 0x8a2db3b7.
//
// Solidity: function getReading(bytes32 meter_, uint64 interval) view returns(uint64 wh, bool posted)
func (_SolarMarket *SolarMarketSession) GetReading(meter_ [32]byte, interval uint64) (struct {
	Wh     uint64
	Posted bool
}, error) {
	return _SolarMarket.Contract.GetReading(&_SolarMarket.CallOpts, meter_, interval)
}

// GetReading is a free data retrieval call binding the contract method 0x8a2db3b7.
//
// Solidity: function getReading(bytes32 meter_, uint64 interval) view returns(uint64 wh, bool posted)
func (_SolarMarket *SolarMarketCallerSession) GetReading(meter_ [32]byte, interval uint64) (struct {
	Wh     uint64
	Posted bool
}, error) {
	return _SolarMarket.Contract.GetReading(&_SolarMarket.CallOpts, meter_, interval)
}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_SolarMarket *SolarMarketCaller) GetRoleAdmin(opts *bind.CallOpts, role [32]byte) ([32]byte, error) {
	var out []interface{}
	err := _SolarMarket.contract.Call(opts, &out, "getRoleAdmin", role)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_SolarMarket *SolarMarketSession) GetRoleAdmin(role [32]byte) ([32]byte, error) {
	return _SolarMarket.Contract.GetRoleAdmin(&_SolarMarket.CallOpts, role)
}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_SolarMarket *SolarMarketCallerSession) GetRoleAdmin(role [32]byte) ([32]byte, error) {
	return _SolarMarket.Contract.GetRoleAdmin(&_SolarMarket.CallOpts, role)
}

// GridFee is a free data retrieval call binding the contract method 0xfefe7e1a.
//
// Solidity: function gridFee() view returns(uint64)
func (_SolarMarket *SolarMarketCaller) GridFee(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _SolarMarket.contract.Call(opts, &out, "gridFee")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// GridFee is a free data retrieval call binding the contract method 0xfefe7e1a.
//
// Solidity: function gridFee() view returns(uint64)
func (_SolarMarket *SolarMarketSession) GridFee() (uint64, error) {
	return _SolarMarket.Contract.GridFee(&_SolarMarket.CallOpts)
}

// GridFee is a free data retrieval call binding the contract method 0xfefe7e1a.
//
// Solidity: function gridFee() view returns(uint64)
func (_SolarMarket *SolarMarketCallerSession) GridFee() (uint64, error) {
	return _SolarMarket.Contract.GridFee(&_SolarMarket.CallOpts)
}

// GridOperator is a free data retrieval call binding the contract method 0x4b62811b.
//
// Solidity: function gridOperator() view returns(address)
func (_SolarMarket *SolarMarketCaller) GridOperator(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _SolarMarket.contract.Call(opts, &out, "gridOperator")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// GridOperator is a free data retrieval call binding the contract method 0x4b62811b.
//
// Solidity: function gridOperator() view returns(address)
func (_SolarMarket *SolarMarketSession) GridOperator() (common.Address, error) {
	return _SolarMarket.Contract.GridOperator(&_SolarMarket.CallOpts)
}

// GridOperator is a free data retrieval call binding the contract method 0x4b62811b.
//
// Solidity: function gridOperator() view returns(address)
func (_SolarMarket *SolarMarketCallerSession) GridOperator() (common.Address, error) {
	return _SolarMarket.Contract.GridOperator(&_SolarMarket.CallOpts)
}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_SolarMarket *SolarMarketCaller) HasRole(opts *bind.CallOpts, role [32]byte, account common.Address) (bool, error) {
	var out []interface{}
	err := _SolarMarket.contract.Call(opts, &out, "hasRole", role, account)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_SolarMarket *SolarMarketSession) HasRole(role [32]byte, account common.Address) (bool, error) {
	return _SolarMarket.Contract.HasRole(&_SolarMarket.CallOpts, role, account)
}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_SolarMarket *SolarMarketCallerSession) HasRole(role [32]byte, account common.Address) (bool, error) {
	return _SolarMarket.Contract.HasRole(&_SolarMarket.CallOpts, role, account)
}

// IsTrustedForwarder is a free data retrieval call binding the contract method 0x572b6c05.
//
// Solidity: function isTrustedForwarder(address forwarder) view returns(bool)
func (_SolarMarket *SolarMarketCaller) IsTrustedForwarder(opts *bind.CallOpts, forwarder common.Address) (bool, error) {
	var out []interface{}
	err := _SolarMarket.contract.Call(opts, &out, "isTrustedForwarder", forwarder)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsTrustedForwarder is a free data retrieval call binding the contract method 0x572b6c05.
//
// Solidity: function isTrustedForwarder(address forwarder) view returns(bool)
func (_SolarMarket *SolarMarketSession) IsTrustedForwarder(forwarder common.Address) (bool, error) {
	return _SolarMarket.Contract.IsTrustedForwarder(&_SolarMarket.CallOpts, forwarder)
}

// IsTrustedForwarder is a free data retrieval call binding the contract method 0x572b6c05.
//
// Solidity: function isTrustedForwarder(address forwarder) view returns(bool)
func (_SolarMarket *SolarMarketCallerSession) IsTrustedForwarder(forwarder common.Address) (bool, error) {
	return _SolarMarket.Contract.IsTrustedForwarder(&_SolarMarket.CallOpts, forwarder)
}

// OrderCount is a free data retrieval call binding the contract method 0x2453ffa8.
//
// Solidity: function orderCount() view returns(uint256)
func (_SolarMarket *SolarMarketCaller) OrderCount(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _SolarMarket.contract.Call(opts, &out, "orderCount")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// OrderCount is a free data retrieval call binding the contract method 0x2453ffa8.
//
// Solidity: function orderCount() view returns(uint256)
func (_SolarMarket *SolarMarketSession) OrderCount() (*big.Int, error) {
	return _SolarMarket.Contract.OrderCount(&_SolarMarket.CallOpts)
}

// OrderCount is a free data retrieval call binding the contract method 0x2453ffa8.
//
// Solidity: function orderCount() view returns(uint256)
func (_SolarMarket *SolarMarketCallerSession) OrderCount() (*big.Int, error) {
	return _SolarMarket.Contract.OrderCount(&_SolarMarket.CallOpts)
}

// ProxiableUUID is a free data retrieval call binding the contract method 0x52d1902d.
//
// Solidity: function proxiableUUID() view returns(bytes32)
func (_SolarMarket *SolarMarketCaller) ProxiableUUID(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _SolarMarket.contract.Call(opts, &out, "proxiableUUID")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// ProxiableUUID is a free data retrieval call binding the contract method 0x52d1902d.
//
// Solidity: function proxiableUUID() view returns(bytes32)
func (_SolarMarket *SolarMarketSession) ProxiableUUID() ([32]byte, error) {
	return _SolarMarket.Contract.ProxiableUUID(&_SolarMarket.CallOpts)
}

// ProxiableUUID is a free data retrieval call binding the contract method 0x52d1902d.
//
// Solidity: function proxiableUUID() view returns(bytes32)
func (_SolarMarket *SolarMarketCallerSession) ProxiableUUID() ([32]byte, error) {
	return _SolarMarket.Contract.ProxiableUUID(&_SolarMarket.CallOpts)
}

// SellTariff is a free data retrieval call binding the contract method 0x83c4a474.
//
// Solidity: function sellTariff() view returns(uint64)
func (_SolarMarket *SolarMarketCaller) SellTariff(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _SolarMarket.contract.Call(opts, &out, "sellTariff")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// SellTariff is a free data retrieval call binding the contract method 0x83c4a474.
//
// Solidity: function sellTariff() view returns(uint64)
func (_SolarMarket *SolarMarketSession) SellTariff() (uint64, error) {
	return _SolarMarket.Contract.SellTariff(&_SolarMarket.CallOpts)
}

// SellTariff is a free data retrieval call binding the contract method 0x83c4a474.
//
// Solidity: function sellTariff() view returns(uint64)
func (_SolarMarket *SolarMarketCallerSession) SellTariff() (uint64, error) {
	return _SolarMarket.Contract.SellTariff(&_SolarMarket.CallOpts)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_SolarMarket *SolarMarketCaller) SupportsInterface(opts *bind.CallOpts, interfaceId [4]byte) (bool, error) {
	var out []interface{}
	err := _SolarMarket.contract.Call(opts, &out, "supportsInterface", interfaceId)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_SolarMarket *SolarMarketSession) SupportsInterface(interfaceId [4]byte) (bool, error) {
	return _SolarMarket.Contract.SupportsInterface(&_SolarMarket.CallOpts, interfaceId)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_SolarMarket *SolarMarketCallerSession) SupportsInterface(interfaceId [4]byte) (bool, error) {
	return _SolarMarket.Contract.SupportsInterface(&_SolarMarket.CallOpts, interfaceId)
}

// TrustedForwarder is a free data retrieval call binding the contract method 0x7da0a877.
//
// Solidity: function trustedForwarder() view returns(address)
func (_SolarMarket *SolarMarketCaller) TrustedForwarder(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _SolarMarket.contract.Call(opts, &out, "trustedForwarder")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// TrustedForwarder is a free data retrieval call binding the contract method 0x7da0a877.
//
// Solidity: function trustedForwarder() view returns(address)
func (_SolarMarket *SolarMarketSession) TrustedForwarder() (common.Address, error) {
	return _SolarMarket.Contract.TrustedForwarder(&_SolarMarket.CallOpts)
}

// TrustedForwarder is a free data retrieval call binding the contract method 0x7da0a877.
//
// Solidity: function trustedForwarder() view returns(address)
func (_SolarMarket *SolarMarketCallerSession) TrustedForwarder() (common.Address, error) {
	return _SolarMarket.Contract.TrustedForwarder(&_SolarMarket.CallOpts)
}

// Utility is a free data retrieval call binding the contract method 0x40b2f5b5.
//
// Solidity: function utility() view returns(address)
func (_SolarMarket *SolarMarketCaller) Utility(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _SolarMarket.contract.Call(opts, &out, "utility")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Utility is a free data retrieval call binding the contract method 0x40b2f5b5.
//
// Solidity: function utility() view returns(address)
func (_SolarMarket *SolarMarketSession) Utility() (common.Address, error) {
	return _SolarMarket.Contract.Utility(&_SolarMarket.CallOpts)
}

// Utility is a free data retrieval call binding the contract method 0x40b2f5b5.
//
// Solidity: function utility() view returns(address)
func (_SolarMarket *SolarMarketCallerSession) Utility() (common.Address, error) {
	return _SolarMarket.Contract.Utility(&_SolarMarket.CallOpts)
}

// UtilityDebt is a free data retrieval call binding the contract method 0xb121cda9.
//
// Solidity: function utilityDebt(address utility_, address household) view returns(uint256 owed, uint256 total)
func (_SolarMarket *SolarMarketCaller) UtilityDebt(opts *bind.CallOpts, utility_ common.Address, household common.Address) (struct {
	Owed  *big.Int
	Total *big.Int
}, error) {
	var out []interface{}
	err := _SolarMarket.contract.Call(opts, &out, "utilityDebt", utility_, household)

	outstruct := new(struct {
		Owed  *big.Int
		Total *big.Int
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Owed = *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)
	outstruct.Total = *abi.ConvertType(out[1], new(*big.Int)).(**big.Int)

	return *outstruct, err

}

// UtilityDebt is a free data retrieval call binding the contract method 0xb121cda9.
//
// Solidity: function utilityDebt(address utility_, address household) view returns(uint256 owed, uint256 total)
func (_SolarMarket *SolarMarketSession) UtilityDebt(utility_ common.Address, household common.Address) (struct {
	Owed  *big.Int
	Total *big.Int
}, error) {
	return _SolarMarket.Contract.UtilityDebt(&_SolarMarket.CallOpts, utility_, household)
}

// UtilityDebt is a free data retrieval call binding the contract method 0xb121cda9.
//
// Solidity: function utilityDebt(address utility_, address household) view returns(uint256 owed, uint256 total)
func (_SolarMarket *SolarMarketCallerSession) UtilityDebt(utility_ common.Address, household common.Address) (struct {
	Owed  *big.Int
	Total *big.Int
}, error) {
	return _SolarMarket.Contract.UtilityDebt(&_SolarMarket.CallOpts, utility_, household)
}

// AddArea is a paid mutator transaction binding the contract method 0xda28644f.
//
// Solidity: function addArea(bytes32 area, uint32 intervalSeconds, uint32 gateClosureSeconds) returns()
func (_SolarMarket *SolarMarketTransactor) AddArea(opts *bind.TransactOpts, area [32]byte, intervalSeconds uint32, gateClosureSeconds uint32) (*types.Transaction, error) {
	return _SolarMarket.contract.Transact(opts, "addArea", area, intervalSeconds, gateClosureSeconds)
}

// AddArea is a paid mutator transaction binding the contract method 0xda28644f.
//
// Solidity: function addArea(bytes32 area, uint32 intervalSeconds, uint32 gateClosureSeconds) returns()
func (_SolarMarket *SolarMarketSession) AddArea(area [32]byte, intervalSeconds uint32, gateClosureSeconds uint32) (*types.Transaction, error) {
	return _SolarMarket.Contract.AddArea(&_SolarMarket.TransactOpts, area, intervalSeconds, gateClosureSeconds)
}

// AddArea is a paid mutator transaction binding the contract method 0xda28644f.
//
// Solidity: function addArea(bytes32 area, uint32 intervalSeconds, uint32 gateClosureSeconds) returns()
func (_SolarMarket *SolarMarketTransactorSession) AddArea(area [32]byte, intervalSeconds uint32, gateClosureSeconds uint32) (*types.Transaction, error) {
	return _SolarMarket.Contract.AddArea(&_SolarMarket.TransactOpts, area, intervalSeconds, gateClosureSeconds)
}

// AddMeter is a paid mutator transaction binding the contract method 0x407fe910.
//
// Solidity: function addMeter(bytes32 meter, address owner, uint8 kind, bytes32 area) returns()
func (_SolarMarket *SolarMarketTransactor) AddMeter(opts *bind.TransactOpts, meter [32]byte, owner common.Address, kind uint8, area [32]byte) (*types.Transaction, error) {
	return _SolarMarket.contract.Transact(opts, "addMeter", meter, owner, kind, area)
}

// AddMeter is a paid mutator transaction binding the contract method 0x407fe910.
//
// Solidity: function addMeter(bytes32 meter, address owner, uint8 kind, bytes32 area) returns()
func (_SolarMarket *SolarMarketSession) AddMeter(meter [32]byte, owner common.Address, kind uint8, area [32]byte) (*types.Transaction, error) {
	return _SolarMarket.Contract.AddMeter(&_SolarMarket.TransactOpts, meter, owner, kind, area)
}

// AddMeter is a paid mutator transaction binding the contract method 0x407fe910.
//
// Solidity: function addMeter(bytes32 meter, address owner, uint8 kind, bytes32 area) returns()
func (_SolarMarket *SolarMarketTransactorSession) AddMeter(meter [32]byte, owner common.Address, kind uint8, area [32]byte) (*types.Transaction, error) {
	return _SolarMarket.Contract.AddMeter(&_SolarMarket.TransactOpts, meter, owner, kind, area)
}

// Ask is a paid mutator transaction binding the contract method 0xaf1b3999.
//
// Solidity: function ask(bytes32 meter, bytes32 area, uint64 interval, uint64 wh, uint64 price) returns(uint256)
func (_SolarMarket *SolarMarketTransactor) Ask(opts *bind.TransactOpts, meter [32]byte, area [32]byte, interval uint64, wh uint64, price uint64) (*types.Transaction, error) {
	return _SolarMarket.contract.Transact(opts, "ask", meter, area, interval, wh, price)
}

// Ask is a paid mutator transaction binding the contract method 0xaf1b3999.
//
// Solidity: function ask(bytes32 meter, bytes32 area, uint64 interval, uint64 wh, uint64 price) returns(uint256)
func (_SolarMarket *SolarMarketSession) Ask(meter [32]byte, area [32]byte, interval uint64, wh uint64, price uint64) (*types.Transaction, error) {
	return _SolarMarket.Contract.Ask(&_SolarMarket.TransactOpts, meter, area, interval, wh, price)
}

// Ask is a paid mutator transaction binding the contract method 0xaf1b3999.
//
// Solidity: function ask(bytes32 meter, bytes32 area, uint64 interval, uint64 wh, uint64 price) returns(uint256)
func (_SolarMarket *SolarMarketTransactorSession) Ask(meter [32]byte, area [32]byte, interval uint64, wh uint64, price uint64) (*types.Transaction, error) {
	return _SolarMarket.Contract.Ask(&_SolarMarket.TransactOpts, meter, area, interval, wh, price)
}

// Bid is a paid mutator transaction binding the contract method 0x6f723b0e.
//
// Solidity: function bid(bytes32 meter, bytes32 area, uint64 interval, uint64 wh, uint64 price) returns(uint256)
func (_SolarMarket *SolarMarketTransactor) Bid(opts *bind.TransactOpts, meter [32]byte, area [32]byte, interval uint64, wh uint64, price uint64) (*types.Transaction, error) {
	return _SolarMarket.contract.Transact(opts, "bid", meter, area, interval, wh, price)
}

// Bid is a paid mutator transaction binding the contract method 0x6f723b0e.
//
// Solidity: function bid(bytes32 meter, bytes32 area, uint64 interval, uint64 wh, uint64 price) returns(uint256)
func (_SolarMarket *SolarMarketSession) Bid(meter [32]byte, area [32]byte, interval uint64, wh uint64, price uint64) (*types.Transaction, error) {
	return _SolarMarket.Contract.Bid(&_SolarMarket.TransactOpts, meter, area, interval, wh, price)
}

// Bid is a paid mutator transaction binding the contract method 0x6f723b0e.
//
// Solidity: function bid(bytes32 meter, bytes32 area, uint64 interval, uint64 wh, uint64 price) returns(uint256)
func (_SolarMarket *SolarMarketTransactorSession) Bid(meter [32]byte, area [32]byte, interval uint64, wh uint64, price uint64) (*types.Transaction, error) {
	return _SolarMarket.Contract.Bid(&_SolarMarket.TransactOpts, meter, area, interval, wh, price)
}

// Cancel is a paid mutator transaction binding the contract method 0x40e58ee5.
//
// Solidity: function cancel(uint256 orderId) returns()
func (_SolarMarket *SolarMarketTransactor) Cancel(opts *bind.TransactOpts, orderId *big.Int) (*types.Transaction, error) {
	return _SolarMarket.contract.Transact(opts, "cancel", orderId)
}

// Cancel is a paid mutator transaction binding the contract method 0x40e58ee5.
//
// Solidity: function cancel(uint256 orderId) returns()
func (_SolarMarket *SolarMarketSession) Cancel(orderId *big.Int) (*types.Transaction, error) {
	return _SolarMarket.Contract.Cancel(&_SolarMarket.TransactOpts, orderId)
}

// Cancel is a paid mutator transaction binding the contract method 0x40e58ee5.
//
// Solidity: function cancel(uint256 orderId) returns()
func (_SolarMarket *SolarMarketTransactorSession) Cancel(orderId *big.Int) (*types.Transaction, error) {
	return _SolarMarket.Contract.Cancel(&_SolarMarket.TransactOpts, orderId)
}

// Deposit is a paid mutator transaction binding the contract method 0xb6b55f25.
//
// Solidity: function deposit(uint256 amount) returns()
func (_SolarMarket *SolarMarketTransactor) Deposit(opts *bind.TransactOpts, amount *big.Int) (*types.Transaction, error) {
	return _SolarMarket.contract.Transact(opts, "deposit", amount)
}

// Deposit is a paid mutator transaction binding the contract method 0xb6b55f25.
//
// Solidity: function deposit(uint256 amount) returns()
func (_SolarMarket *SolarMarketSession) Deposit(amount *big.Int) (*types.Transaction, error) {
	return _SolarMarket.Contract.Deposit(&_SolarMarket.TransactOpts, amount)
}

// Deposit is a paid mutator transaction binding the contract method 0xb6b55f25.
//
// Solidity: function deposit(uint256 amount) returns()
func (_SolarMarket *SolarMarketTransactorSession) Deposit(amount *big.Int) (*types.Transaction, error) {
	return _SolarMarket.Contract.Deposit(&_SolarMarket.TransactOpts, amount)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_SolarMarket *SolarMarketTransactor) GrantRole(opts *bind.TransactOpts, role [32]byte, account common.Address) (*types.Transaction, error) {
	return _SolarMarket.contract.Transact(opts, "grantRole", role, account)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_SolarMarket *SolarMarketSession) GrantRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _SolarMarket.Contract.GrantRole(&_SolarMarket.TransactOpts, role, account)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_SolarMarket *SolarMarketTransactorSession) GrantRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _SolarMarket.Contract.GrantRole(&_SolarMarket.TransactOpts, role, account)
}

// Initialize is a paid mutator transaction binding the contract method 0xd148f660.
//
// Solidity: function initialize(address forwarder, address admin, uint64 buyTariff_, uint64 sellTariff_, uint64 gridFee_) returns()
func (_SolarMarket *SolarMarketTransactor) Initialize(opts *bind.TransactOpts, forwarder common.Address, admin common.Address, buyTariff_ uint64, sellTariff_ uint64, gridFee_ uint64) (*types.Transaction, error) {
	return _SolarMarket.contract.Transact(opts, "initialize", forwarder, admin, buyTariff_, sellTariff_, gridFee_)
}

// Initialize is a paid mutator transaction binding the contract method 0xd148f660.
//
// Solidity: function initialize(address forwarder, address admin, uint64 buyTariff_, uint64 sellTariff_, uint64 gridFee_) returns()
func (_SolarMarket *SolarMarketSession) Initialize(forwarder common.Address, admin common.Address, buyTariff_ uint64, sellTariff_ uint64, gridFee_ uint64) (*types.Transaction, error) {
	return _SolarMarket.Contract.Initialize(&_SolarMarket.TransactOpts, forwarder, admin, buyTariff_, sellTariff_, gridFee_)
}

// Initialize is a paid mutator transaction binding the contract method 0xd148f660.
//
// Solidity: function initialize(address forwarder, address admin, uint64 buyTariff_, uint64 sellTariff_, uint64 gridFee_) returns()
func (_SolarMarket *SolarMarketTransactorSession) Initialize(forwarder common.Address, admin common.Address, buyTariff_ uint64, sellTariff_ uint64, gridFee_ uint64) (*types.Transaction, error) {
	return _SolarMarket.Contract.Initialize(&_SolarMarket.TransactOpts, forwarder, admin, buyTariff_, sellTariff_, gridFee_)
}

// PayUtilityDebt is a paid mutator transaction binding the contract method 0x3d8d58f7.
//
// Solidity: function payUtilityDebt(address utility_, uint256 maxDebts) returns()
func (_SolarMarket *SolarMarketTransactor) PayUtilityDebt(opts *bind.TransactOpts, utility_ common.Address, maxDebts *big.Int) (*types.Transaction, error) {
	return _SolarMarket.contract.Transact(opts, "payUtilityDebt", utility_, maxDebts)
}

// PayUtilityDebt is a paid mutator transaction binding the contract method 0x3d8d58f7.
//
// Solidity: function payUtilityDebt(address utility_, uint256 maxDebts) returns()
func (_SolarMarket *SolarMarketSession) PayUtilityDebt(utility_ common.Address, maxDebts *big.Int) (*types.Transaction, error) {
	return _SolarMarket.Contract.PayUtilityDebt(&_SolarMarket.TransactOpts, utility_, maxDebts)
}

// PayUtilityDebt is a paid mutator transaction binding the contract method 0x3d8d58f7.
//
// Solidity: function payUtilityDebt(address utility_, uint256 maxDebts) returns()
func (_SolarMarket *SolarMarketTransactorSession) PayUtilityDebt(utility_ common.Address, maxDebts *big.Int) (*types.Transaction, error) {
	return _SolarMarket.Contract.PayUtilityDebt(&_SolarMarket.TransactOpts, utility_, maxDebts)
}

// PostClearing is a paid mutator transaction binding the contract method 0xdfa7bf51.
//
// Solidity: function postClearing(bytes32 area, uint64 interval, uint64 price, bytes32 digest, uint64[] filled) returns()
func (_SolarMarket *SolarMarketTransactor) PostClearing(opts *bind.TransactOpts, area [32]byte, interval uint64, price uint64, digest [32]byte, filled []uint64) (*types.Transaction, error) {
	return _SolarMarket.contract.Transact(opts, "postClearing", area, interval, price, digest, filled)
}

// PostClearing is a paid mutator transaction binding the contract method 0xdfa7bf51.
//
// Solidity: function postClearing(bytes32 area, uint64 interval, uint64 price, bytes32 digest, uint64[] filled) returns()
func (_SolarMarket *SolarMarketSession) PostClearing(area [32]byte, interval uint64, price uint64, digest [32]byte, filled []uint64) (*types.Transaction, error) {
	return _SolarMarket.Contract.PostClearing(&_SolarMarket.TransactOpts, area, interval, price, digest, filled)
}

// PostClearing is a paid mutator transaction binding the contract method 0xdfa7bf51.
//
// Solidity: function postClearing(bytes32 area, uint64 interval, uint64 price, bytes32 digest, uint64[] filled) returns()
func (_SolarMarket *SolarMarketTransactorSession) PostClearing(area [32]byte, interval uint64, price uint64, digest [32]byte, filled []uint64) (*types.Transaction, error) {
	return _SolarMarket.Contract.PostClearing(&_SolarMarket.TransactOpts, area, interval, price, digest, filled)
}

// PostReadings is a paid mutator transaction binding the contract method 0x10899d78.
//
// Solidity: function postReadings(uint64 interval, bytes32[] meters, uint64[] wh) returns()
func (_SolarMarket *SolarMarketTransactor) PostReadings(opts *bind.TransactOpts, interval uint64, meters [][32]byte, wh []uint64) (*types.Transaction, error) {
	return _SolarMarket.contract.Transact(opts, "postReadings", interval, meters, wh)
}

// PostReadings is a paid mutator transaction binding the contract method 0x10899d78.
//
// Solidity: function postReadings(uint64 interval, bytes32[] meters, uint64[] wh) returns()
func (_SolarMarket *SolarMarketSession) PostReadings(interval uint64, meters [][32]byte, wh []uint64) (*types.Transaction, error) {
	return _SolarMarket.Contract.PostReadings(&_SolarMarket.TransactOpts, interval, meters, wh)
}

// PostReadings is a paid mutator transaction binding the contract method 0x10899d78.
//
// Solidity: function postReadings(uint64 interval, bytes32[] meters, uint64[] wh) returns()
func (_SolarMarket *SolarMarketTransactorSession) PostReadings(interval uint64, meters [][32]byte, wh []uint64) (*types.Transaction, error) {
	return _SolarMarket.Contract.PostReadings(&_SolarMarket.TransactOpts, interval, meters, wh)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_SolarMarket *SolarMarketTransactor) RenounceRole(opts *bind.TransactOpts, role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _SolarMarket.contract.Transact(opts, "renounceRole", role, callerConfirmation)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_SolarMarket *SolarMarketSession) RenounceRole(role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _SolarMarket.Contract.RenounceRole(&_SolarMarket.TransactOpts, role, callerConfirmation)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_SolarMarket *SolarMarketTransactorSession) RenounceRole(role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _SolarMarket.Contract.RenounceRole(&_SolarMarket.TransactOpts, role, callerConfirmation)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_SolarMarket *SolarMarketTransactor) RevokeRole(opts *bind.TransactOpts, role [32]byte, account common.Address) (*types.Transaction, error) {
	return _SolarMarket.contract.Transact(opts, "revokeRole", role, account)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_SolarMarket *SolarMarketSession) RevokeRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _SolarMarket.Contract.RevokeRole(&_SolarMarket.TransactOpts, role, account)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_SolarMarket *SolarMarketTransactorSession) RevokeRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _SolarMarket.Contract.RevokeRole(&_SolarMarket.TransactOpts, role, account)
}

// SetParties is a paid mutator transaction binding the contract method 0x58d33a7c.
//
// Solidity: function setParties(address utility_, address gridOperator_) returns()
func (_SolarMarket *SolarMarketTransactor) SetParties(opts *bind.TransactOpts, utility_ common.Address, gridOperator_ common.Address) (*types.Transaction, error) {
	return _SolarMarket.contract.Transact(opts, "setParties", utility_, gridOperator_)
}

// SetParties is a paid mutator transaction binding the contract method 0x58d33a7c.
//
// Solidity: function setParties(address utility_, address gridOperator_) returns()
func (_SolarMarket *SolarMarketSession) SetParties(utility_ common.Address, gridOperator_ common.Address) (*types.Transaction, error) {
	return _SolarMarket.Contract.SetParties(&_SolarMarket.TransactOpts, utility_, gridOperator_)
}

// SetParties is a paid mutator transaction binding the contract method 0x58d33a7c.
//
// Solidity: function setParties(address utility_, address gridOperator_) returns()
func (_SolarMarket *SolarMarketTransactorSession) SetParties(utility_ common.Address, gridOperator_ common.Address) (*types.Transaction, error) {
	return _SolarMarket.Contract.SetParties(&_SolarMarket.TransactOpts, utility_, gridOperator_)
}

// SetTariffs is a paid mutator transaction binding the contract method 0x9bb6f9d9.
//
// Solidity: function setTariffs(uint64 buyTariff_, uint64 sellTariff_, uint64 gridFee_) returns()
func (_SolarMarket *SolarMarketTransactor) SetTariffs(opts *bind.TransactOpts, buyTariff_ uint64, sellTariff_ uint64, gridFee_ uint64) (*types.Transaction, error) {
	return _SolarMarket.contract.Transact(opts, "setTariffs", buyTariff_, sellTariff_, gridFee_)
}

// SetTariffs is a paid mutator transaction binding the contract method 0x9bb6f9d9.
//
// Solidity: function setTariffs(uint64 buyTariff_, uint64 sellTariff_, uint64 gridFee_) returns()
func (_SolarMarket *SolarMarketSession) SetTariffs(buyTariff_ uint64, sellTariff_ uint64, gridFee_ uint64) (*types.Transaction, error) {
	return _SolarMarket.Contract.SetTariffs(&_SolarMarket.TransactOpts, buyTariff_, sellTariff_, gridFee_)
}

// SetTariffs is a paid mutator transaction binding the contract method 0x9bb6f9d9.
//
// Solidity: function setTariffs(uint64 buyTariff_, uint64 sellTariff_, uint64 gridFee_) returns()
func (_SolarMarket *SolarMarketTransactorSession) SetTariffs(buyTariff_ uint64, sellTariff_ uint64, gridFee_ uint64) (*types.Transaction, error) {
	return _SolarMarket.Contract.SetTariffs(&_SolarMarket.TransactOpts, buyTariff_, sellTariff_, gridFee_)
}

// SetTrustedForwarder is a paid mutator transaction binding the contract method 0xda742228.
//
// Solidity: function setTrustedForwarder(address forwarder) returns()
func (_SolarMarket *SolarMarketTransactor) SetTrustedForwarder(opts *bind.TransactOpts, forwarder common.Address) (*types.Transaction, error) {
	return _SolarMarket.contract.Transact(opts, "setTrustedForwarder", forwarder)
}

// SetTrustedForwarder is a paid mutator transaction binding the contract method 0xda742228.
//
// Solidity: function setTrustedForwarder(address forwarder) returns()
func (_SolarMarket *SolarMarketSession) SetTrustedForwarder(forwarder common.Address) (*types.Transaction, error) {
	return _SolarMarket.Contract.SetTrustedForwarder(&_SolarMarket.TransactOpts, forwarder)
}

// SetTrustedForwarder is a paid mutator transaction binding the contract method 0xda742228.
//
// Solidity: function setTrustedForwarder(address forwarder) returns()
func (_SolarMarket *SolarMarketTransactorSession) SetTrustedForwarder(forwarder common.Address) (*types.Transaction, error) {
	return _SolarMarket.Contract.SetTrustedForwarder(&_SolarMarket.TransactOpts, forwarder)
}

// Settle is a paid mutator transaction binding the contract method 0xce68026d.
//
// Solidity: function settle(bytes32 area, uint64 interval) returns()
func (_SolarMarket *SolarMarketTransactor) Settle(opts *bind.TransactOpts, area [32]byte, interval uint64) (*types.Transaction, error) {
	return _SolarMarket.contract.Transact(opts, "settle", area, interval)
}

// Settle is a paid mutator transaction binding the contract method 0xce68026d.
//
// Solidity: function settle(bytes32 area, uint64 interval) returns()
func (_SolarMarket *SolarMarketSession) Settle(area [32]byte, interval uint64) (*types.Transaction, error) {
	return _SolarMarket.Contract.Settle(&_SolarMarket.TransactOpts, area, interval)
}

// Settle is a paid mutator transaction binding the contract method 0xce68026d.
//
// Solidity: function settle(bytes32 area, uint64 interval) returns()
func (_SolarMarket *SolarMarketTransactorSession) Settle(area [32]byte, interval uint64) (*types.Transaction, error) {
	return _SolarMarket.Contract.Settle(&_SolarMarket.TransactOpts, area, interval)
}

// UpgradeToAndCall is a paid mutator transaction binding the contract method 0x4f1ef286.
//
// Solidity: function upgradeToAndCall(address newImplementation, bytes data) payable returns()
func (_SolarMarket *SolarMarketTransactor) UpgradeToAndCall(opts *bind.TransactOpts, newImplementation common.Address, data []byte) (*types.Transaction, error) {
	return _SolarMarket.contract.Transact(opts, "upgradeToAndCall", newImplementation, data)
}

// UpgradeToAndCall is a paid mutator transaction binding the contract method 0x4f1ef286.
//
// Solidity: function upgradeToAndCall(address newImplementation, bytes data) payable returns()
func (_SolarMarket *SolarMarketSession) UpgradeToAndCall(newImplementation common.Address, data []byte) (*types.Transaction, error) {
	return _SolarMarket.Contract.UpgradeToAndCall(&_SolarMarket.TransactOpts, newImplementation, data)
}

// UpgradeToAndCall is a paid mutator transaction binding the contract method 0x4f1ef286.
//
// Solidity: function upgradeToAndCall(address newImplementation, bytes data) payable returns()
func (_SolarMarket *SolarMarketTransactorSession) UpgradeToAndCall(newImplementation common.Address, data []byte) (*types.Transaction, error) {
	return _SolarMarket.Contract.UpgradeToAndCall(&_SolarMarket.TransactOpts, newImplementation, data)
}

// Withdraw is a paid mutator transaction binding the contract method 0x2e1a7d4d.
//
// Solidity: function withdraw(uint256 amount) returns()
func (_SolarMarket *SolarMarketTransactor) Withdraw(opts *bind.TransactOpts, amount *big.Int) (*types.Transaction, error) {
	return _SolarMarket.contract.Transact(opts, "withdraw", amount)
}

// Withdraw is a paid mutator transaction binding the contract method 0x2e1a7d4d.
//
// Solidity: function withdraw(uint256 amount) returns()
func (_SolarMarket *SolarMarketSession) Withdraw(amount *big.Int) (*types.Transaction, error) {
	return _SolarMarket.Contract.Withdraw(&_SolarMarket.TransactOpts, amount)
}

// Withdraw is a paid mutator transaction binding the contract method 0x2e1a7d4d.
//
// Solidity: function withdraw(uint256 amount) returns()
func (_SolarMarket *SolarMarketTransactorSession) Withdraw(amount *big.Int) (*types.Transaction, error) {
	return _SolarMarket.Contract.Withdraw(&_SolarMarket.TransactOpts, amount)
}

// SolarMarketAreaAddedIterator is returned from FilterAreaAdded and is used to iterate over the raw logs and unpacked data for AreaAdded events raised by the SolarMarket contract.
type SolarMarketAreaAddedIterator struct {
	Event *SolarMarketAreaAdded // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *SolarMarketAreaAddedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SolarMarketAreaAdded)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(SolarMarketAreaAdded)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *SolarMarketAreaAddedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SolarMarketAreaAddedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SolarMarketAreaAdded represents a AreaAdded event raised by the SolarMarket contract.
type SolarMarketAreaAdded struct {
	Area               [32]byte
	IntervalSeconds    uint32
	GateClosureSeconds uint32
	Raw                types.Log // Blockchain specific contextual infos
}

// FilterAreaAdded is a free log retrieval operation binding the contract event 0x8be349ddca79c5742d6bc3c38685e88680781c87157e0de106df7cf22a15f80d.
//
// Solidity: event AreaAdded(bytes32 indexed area, uint32 intervalSeconds, uint32 gateClosureSeconds)
func (_SolarMarket *SolarMarketFilterer) FilterAreaAdded(opts *bind.FilterOpts, area [][32]byte) (*SolarMarketAreaAddedIterator, error) {

	var areaRule []interface{}
	for _, areaItem := range area {
		areaRule = append(areaRule, areaItem)
	}

	logs, sub, err := _SolarMarket.contract.FilterLogs(opts, "AreaAdded", areaRule)
	if err != nil {
		return nil, err
	}
	return &SolarMarketAreaAddedIterator{contract: _SolarMarket.contract, event: "AreaAdded", logs: logs, sub: sub}, nil
}

// WatchAreaAdded is a free log subscription operation binding the contract event 0x8be349ddca79c5742d6bc3c38685e88680781c87157e0de106df7cf22a15f80d.
//
// Solidity: event AreaAdded(bytes32 indexed area, uint32 intervalSeconds, uint32 gateClosureSeconds)
func (_SolarMarket *SolarMarketFilterer) WatchAreaAdded(opts *bind.WatchOpts, sink chan<- *SolarMarketAreaAdded, area [][32]byte) (event.Subscription, error) {

	var areaRule []interface{}
	for _, areaItem := range area {
		areaRule = append(areaRule, areaItem)
	}

	logs, sub, err := _SolarMarket.contract.WatchLogs(opts, "AreaAdded", areaRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SolarMarketAreaAdded)
				if err := _SolarMarket.contract.UnpackLog(event, "AreaAdded", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseAreaAdded is a log parse operation binding the contract event 0x8be349ddca79c5742d6bc3c38685e88680781c87157e0de106df7cf22a15f80d.
//
// Solidity: event AreaAdded(bytes32 indexed area, uint32 intervalSeconds, uint32 gateClosureSeconds)
func (_SolarMarket *SolarMarketFilterer) ParseAreaAdded(log types.Log) (*SolarMarketAreaAdded, error) {
	event := new(SolarMarketAreaAdded)
	if err := _SolarMarket.contract.UnpackLog(event, "AreaAdded", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SolarMarketClearedIterator is returned from FilterCleared and is used to iterate over the raw logs and unpacked data for Cleared events raised by the SolarMarket contract.
type SolarMarketClearedIterator struct {
	Event *SolarMarketCleared // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *SolarMarketClearedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SolarMarketCleared)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(SolarMarketCleared)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *SolarMarketClearedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SolarMarketClearedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SolarMarketCleared represents a Cleared event raised by the SolarMarket contract.
type SolarMarketCleared struct {
	Area      [32]byte
	Interval  uint64
	Price     uint64
	MatchedWh uint64
	Digest    [32]byte
	Filled    []uint64
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterCleared is a free log retrieval operation binding the contract event 0xa2e409ee5078a2f19a6214293db13f5fd118327416129b3cdb02afae6f24b6a2.
//
// Solidity: event Cleared(bytes32 indexed area, uint64 indexed interval, uint64 price, uint64 matchedWh, bytes32 digest, uint64[] filled)
func (_SolarMarket *SolarMarketFilterer) FilterCleared(opts *bind.FilterOpts, area [][32]byte, interval []uint64) (*SolarMarketClearedIterator, error) {

	var areaRule []interface{}
	for _, areaItem := range area {
		areaRule = append(areaRule, areaItem)
	}
	var intervalRule []interface{}
	for _, intervalItem := range interval {
		intervalRule = append(intervalRule, intervalItem)
	}

	logs, sub, err := _SolarMarket.contract.FilterLogs(opts, "Cleared", areaRule, intervalRule)
	if err != nil {
		return nil, err
	}
	return &SolarMarketClearedIterator{contract: _SolarMarket.contract, event: "Cleared", logs: logs, sub: sub}, nil
}

// WatchCleared is a free log subscription operation binding the contract event 0xa2e409ee5078a2f19a6214293db13f5fd118327416129b3cdb02afae6f24b6a2.
//
// Solidity: event Cleared(bytes32 indexed area, uint64 indexed interval, uint64 price, uint64 matchedWh, bytes32 digest, uint64[] filled)
func (_SolarMarket *SolarMarketFilterer) WatchCleared(opts *bind.WatchOpts, sink chan<- *SolarMarketCleared, area [][32]byte, interval []uint64) (event.Subscription, error) {

	var areaRule []interface{}
	for _, areaItem := range area {
		areaRule = append(areaRule, areaItem)
	}
	var intervalRule []interface{}
	for _, intervalItem := range interval {
		intervalRule = append(intervalRule, intervalItem)
	}

	logs, sub, err := _SolarMarket.contract.WatchLogs(opts, "Cleared", areaRule, intervalRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SolarMarketCleared)
				if err := _SolarMarket.contract.UnpackLog(event, "Cleared", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseCleared is a log parse operation binding the contract event 0xa2e409ee5078a2f19a6214293db13f5fd118327416129b3cdb02afae6f24b6a2.
//
// Solidity: event Cleared(bytes32 indexed area, uint64 indexed interval, uint64 price, uint64 matchedWh, bytes32 digest, uint64[] filled)
func (_SolarMarket *SolarMarketFilterer) ParseCleared(log types.Log) (*SolarMarketCleared, error) {
	event := new(SolarMarketCleared)
	if err := _SolarMarket.contract.UnpackLog(event, "Cleared", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SolarMarketDepositedIterator is returned from FilterDeposited and is used to iterate over the raw logs and unpacked data for Deposited events raised by the SolarMarket contract.
type SolarMarketDepositedIterator struct {
	Event *SolarMarketDeposited // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *SolarMarketDepositedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SolarMarketDeposited)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(SolarMarketDeposited)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *SolarMarketDepositedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SolarMarketDepositedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SolarMarketDeposited represents a Deposited event raised by the SolarMarket contract.
type SolarMarketDeposited struct {
	Who    common.Address
	Amount *big.Int
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterDeposited is a free log retrieval operation binding the contract event 0x2da466a7b24304f47e87fa2e1e5a81b9831ce54fec19055ce277ca2f39ba42c4.
//
// Solidity: event Deposited(address indexed who, uint256 amount)
func (_SolarMarket *SolarMarketFilterer) FilterDeposited(opts *bind.FilterOpts, who []common.Address) (*SolarMarketDepositedIterator, error) {

	var whoRule []interface{}
	for _, whoItem := range who {
		whoRule = append(whoRule, whoItem)
	}

	logs, sub, err := _SolarMarket.contract.FilterLogs(opts, "Deposited", whoRule)
	if err != nil {
		return nil, err
	}
	return &SolarMarketDepositedIterator{contract: _SolarMarket.contract, event: "Deposited", logs: logs, sub: sub}, nil
}

// WatchDeposited is a free log subscription operation binding the contract event 0x2da466a7b24304f47e87fa2e1e5a81b9831ce54fec19055ce277ca2f39ba42c4.
//
// Solidity: event Deposited(address indexed who, uint256 amount)
func (_SolarMarket *SolarMarketFilterer) WatchDeposited(opts *bind.WatchOpts, sink chan<- *SolarMarketDeposited, who []common.Address) (event.Subscription, error) {

	var whoRule []interface{}
	for _, whoItem := range who {
		whoRule = append(whoRule, whoItem)
	}

	logs, sub, err := _SolarMarket.contract.WatchLogs(opts, "Deposited", whoRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SolarMarketDeposited)
				if err := _SolarMarket.contract.UnpackLog(event, "Deposited", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseDeposited is a log parse operation binding the contract event 0x2da466a7b24304f47e87fa2e1e5a81b9831ce54fec19055ce277ca2f39ba42c4.
//
// Solidity: event Deposited(address indexed who, uint256 amount)
func (_SolarMarket *SolarMarketFilterer) ParseDeposited(log types.Log) (*SolarMarketDeposited, error) {
	event := new(SolarMarketDeposited)
	if err := _SolarMarket.contract.UnpackLog(event, "Deposited", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SolarMarketInitializedIterator is returned from FilterInitialized and is used to iterate over the raw logs and unpacked data for Initialized events raised by the SolarMarket contract.
type SolarMarketInitializedIterator struct {
	Event *SolarMarketInitialized // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *SolarMarketInitializedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SolarMarketInitialized)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(SolarMarketInitialized)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *SolarMarketInitializedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SolarMarketInitializedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SolarMarketInitialized represents a Initialized event raised by the SolarMarket contract.
type SolarMarketInitialized struct {
	Version uint64
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterInitialized is a free log retrieval operation binding the contract event 0xc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d2.
//
// Solidity: event Initialized(uint64 version)
func (_SolarMarket *SolarMarketFilterer) FilterInitialized(opts *bind.FilterOpts) (*SolarMarketInitializedIterator, error) {

	logs, sub, err := _SolarMarket.contract.FilterLogs(opts, "Initialized")
	if err != nil {
		return nil, err
	}
	return &SolarMarketInitializedIterator{contract: _SolarMarket.contract, event: "Initialized", logs: logs, sub: sub}, nil
}

// WatchInitialized is a free log subscription operation binding the contract event 0xc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d2.
//
// Solidity: event Initialized(uint64 version)
func (_SolarMarket *SolarMarketFilterer) WatchInitialized(opts *bind.WatchOpts, sink chan<- *SolarMarketInitialized) (event.Subscription, error) {

	logs, sub, err := _SolarMarket.contract.WatchLogs(opts, "Initialized")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SolarMarketInitialized)
				if err := _SolarMarket.contract.UnpackLog(event, "Initialized", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseInitialized is a log parse operation binding the contract event 0xc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d2.
//
// Solidity: event Initialized(uint64 version)
func (_SolarMarket *SolarMarketFilterer) ParseInitialized(log types.Log) (*SolarMarketInitialized, error) {
	event := new(SolarMarketInitialized)
	if err := _SolarMarket.contract.UnpackLog(event, "Initialized", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SolarMarketMeterAddedIterator is returned from FilterMeterAdded and is used to iterate over the raw logs and unpacked data for MeterAdded events raised by the SolarMarket contract.
type SolarMarketMeterAddedIterator struct {
	Event *SolarMarketMeterAdded // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *SolarMarketMeterAddedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SolarMarketMeterAdded)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(SolarMarketMeterAdded)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *SolarMarketMeterAddedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SolarMarketMeterAddedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SolarMarketMeterAdded represents a MeterAdded event raised by the SolarMarket contract.
type SolarMarketMeterAdded struct {
	Meter [32]byte
	Owner common.Address
	Kind  uint8
	Area  [32]byte
	Raw   types.Log // Blockchain specific contextual infos
}

// FilterMeterAdded is a free log retrieval operation binding the contract event 0x97a4789c7e7a0f88de49ddaf5b69c6acf4aa665e867e03d1878cafd718ec2cf5.
//
// Solidity: event MeterAdded(bytes32 indexed meter, address indexed owner, uint8 kind, bytes32 indexed area)
func (_SolarMarket *SolarMarketFilterer) FilterMeterAdded(opts *bind.FilterOpts, meter [][32]byte, owner []common.Address, area [][32]byte) (*SolarMarketMeterAddedIterator, error) {

	var meterRule []interface{}
	for _, meterItem := range meter {
		meterRule = append(meterRule, meterItem)
	}
	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}

	var areaRule []interface{}
	for _, areaItem := range area {
		areaRule = append(areaRule, areaItem)
	}

	logs, sub, err := _SolarMarket.contract.FilterLogs(opts, "MeterAdded", meterRule, ownerRule, areaRule)
	if err != nil {
		return nil, err
	}
	return &SolarMarketMeterAddedIterator{contract: _SolarMarket.contract, event: "MeterAdded", logs: logs, sub: sub}, nil
}

// WatchMeterAdded is a free log subscription operation binding the contract event 0x97a4789c7e7a0f88de49ddaf5b69c6acf4aa665e867e03d1878cafd718ec2cf5.
//
// Solidity: event MeterAdded(bytes32 indexed meter, address indexed owner, uint8 kind, bytes32 indexed area)
func (_SolarMarket *SolarMarketFilterer) WatchMeterAdded(opts *bind.WatchOpts, sink chan<- *SolarMarketMeterAdded, meter [][32]byte, owner []common.Address, area [][32]byte) (event.Subscription, error) {

	var meterRule []interface{}
	for _, meterItem := range meter {
		meterRule = append(meterRule, meterItem)
	}
	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}

	var areaRule []interface{}
	for _, areaItem := range area {
		areaRule = append(areaRule, areaItem)
	}

	logs, sub, err := _SolarMarket.contract.WatchLogs(opts, "MeterAdded", meterRule, ownerRule, areaRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SolarMarketMeterAdded)
				if err := _SolarMarket.contract.UnpackLog(event, "MeterAdded", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseMeterAdded is a log parse operation binding the contract event 0x97a4789c7e7a0f88de49ddaf5b69c6acf4aa665e867e03d1878cafd718ec2cf5.
//
// Solidity: event MeterAdded(bytes32 indexed meter, address indexed owner, uint8 kind, bytes32 indexed area)
func (_SolarMarket *SolarMarketFilterer) ParseMeterAdded(log types.Log) (*SolarMarketMeterAdded, error) {
	event := new(SolarMarketMeterAdded)
	if err := _SolarMarket.contract.UnpackLog(event, "MeterAdded", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SolarMarketOrderCancelledIterator is returned from FilterOrderCancelled and is used to iterate over the raw logs and unpacked data for OrderCancelled events raised by the SolarMarket contract.
type SolarMarketOrderCancelledIterator struct {
	Event *SolarMarketOrderCancelled // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *SolarMarketOrderCancelledIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SolarMarketOrderCancelled)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(SolarMarketOrderCancelled)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *SolarMarketOrderCancelledIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SolarMarketOrderCancelledIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SolarMarketOrderCancelled represents a OrderCancelled event raised by the SolarMarket contract.
type SolarMarketOrderCancelled struct {
	OrderId  *big.Int
	Area     [32]byte
	Interval uint64
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterOrderCancelled is a free log retrieval operation binding the contract event 0x17efec4fe5399aa38372f579b3855cd32f1faad0700d1841bf2f6c434f7eaa7d.
//
// Solidity: event OrderCancelled(uint256 indexed orderId, bytes32 indexed area, uint64 indexed interval)
func (_SolarMarket *SolarMarketFilterer) FilterOrderCancelled(opts *bind.FilterOpts, orderId []*big.Int, area [][32]byte, interval []uint64) (*SolarMarketOrderCancelledIterator, error) {

	var orderIdRule []interface{}
	for _, orderIdItem := range orderId {
		orderIdRule = append(orderIdRule, orderIdItem)
	}
	var areaRule []interface{}
	for _, areaItem := range area {
		areaRule = append(areaRule, areaItem)
	}
	var intervalRule []interface{}
	for _, intervalItem := range interval {
		intervalRule = append(intervalRule, intervalItem)
	}

	logs, sub, err := _SolarMarket.contract.FilterLogs(opts, "OrderCancelled", orderIdRule, areaRule, intervalRule)
	if err != nil {
		return nil, err
	}
	return &SolarMarketOrderCancelledIterator{contract: _SolarMarket.contract, event: "OrderCancelled", logs: logs, sub: sub}, nil
}

// WatchOrderCancelled is a free log subscription operation binding the contract event 0x17efec4fe5399aa38372f579b3855cd32f1faad0700d1841bf2f6c434f7eaa7d.
//
// Solidity: event OrderCancelled(uint256 indexed orderId, bytes32 indexed area, uint64 indexed interval)
func (_SolarMarket *SolarMarketFilterer) WatchOrderCancelled(opts *bind.WatchOpts, sink chan<- *SolarMarketOrderCancelled, orderId []*big.Int, area [][32]byte, interval []uint64) (event.Subscription, error) {

	var orderIdRule []interface{}
	for _, orderIdItem := range orderId {
		orderIdRule = append(orderIdRule, orderIdItem)
	}
	var areaRule []interface{}
	for _, areaItem := range area {
		areaRule = append(areaRule, areaItem)
	}
	var intervalRule []interface{}
	for _, intervalItem := range interval {
		intervalRule = append(intervalRule, intervalItem)
	}

	logs, sub, err := _SolarMarket.contract.WatchLogs(opts, "OrderCancelled", orderIdRule, areaRule, intervalRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SolarMarketOrderCancelled)
				if err := _SolarMarket.contract.UnpackLog(event, "OrderCancelled", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseOrderCancelled is a log parse operation binding the contract event 0x17efec4fe5399aa38372f579b3855cd32f1faad0700d1841bf2f6c434f7eaa7d.
//
// Solidity: event OrderCancelled(uint256 indexed orderId, bytes32 indexed area, uint64 indexed interval)
func (_SolarMarket *SolarMarketFilterer) ParseOrderCancelled(log types.Log) (*SolarMarketOrderCancelled, error) {
	event := new(SolarMarketOrderCancelled)
	if err := _SolarMarket.contract.UnpackLog(event, "OrderCancelled", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SolarMarketOrderPostedIterator is returned from FilterOrderPosted and is used to iterate over the raw logs and unpacked data for OrderPosted events raised by the SolarMarket contract.
type SolarMarketOrderPostedIterator struct {
	Event *SolarMarketOrderPosted // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *SolarMarketOrderPostedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SolarMarketOrderPosted)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(SolarMarketOrderPosted)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *SolarMarketOrderPostedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SolarMarketOrderPostedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SolarMarketOrderPosted represents a OrderPosted event raised by the SolarMarket contract.
type SolarMarketOrderPosted struct {
	OrderId  *big.Int
	Area     [32]byte
	Interval uint64
	Meter    [32]byte
	Bid      bool
	Wh       uint64
	Price    uint64
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterOrderPosted is a free log retrieval operation binding the contract event 0x07b5e8ce151546e43d82fa6cf8fe36fe14a821f6923f63b7e9e4bc6f7b6a4d39.
//
// Solidity: event OrderPosted(uint256 indexed orderId, bytes32 indexed area, uint64 indexed interval, bytes32 meter, bool bid, uint64 wh, uint64 price)
func (_SolarMarket *SolarMarketFilterer) FilterOrderPosted(opts *bind.FilterOpts, orderId []*big.Int, area [][32]byte, interval []uint64) (*SolarMarketOrderPostedIterator, error) {

	var orderIdRule []interface{}
	for _, orderIdItem := range orderId {
		orderIdRule = append(orderIdRule, orderIdItem)
	}
	var areaRule []interface{}
	for _, areaItem := range area {
		areaRule = append(areaRule, areaItem)
	}
	var intervalRule []interface{}
	for _, intervalItem := range interval {
		intervalRule = append(intervalRule, intervalItem)
	}

	logs, sub, err := _SolarMarket.contract.FilterLogs(opts, "OrderPosted", orderIdRule, areaRule, intervalRule)
	if err != nil {
		return nil, err
	}
	return &SolarMarketOrderPostedIterator{contract: _SolarMarket.contract, event: "OrderPosted", logs: logs, sub: sub}, nil
}

// WatchOrderPosted is a free log subscription operation binding the contract event 0x07b5e8ce151546e43d82fa6cf8fe36fe14a821f6923f63b7e9e4bc6f7b6a4d39.
//
// Solidity: event OrderPosted(uint256 indexed orderId, bytes32 indexed area, uint64 indexed interval, bytes32 meter, bool bid, uint64 wh, uint64 price)
func (_SolarMarket *SolarMarketFilterer) WatchOrderPosted(opts *bind.WatchOpts, sink chan<- *SolarMarketOrderPosted, orderId []*big.Int, area [][32]byte, interval []uint64) (event.Subscription, error) {

	var orderIdRule []interface{}
	for _, orderIdItem := range orderId {
		orderIdRule = append(orderIdRule, orderIdItem)
	}
	var areaRule []interface{}
	for _, areaItem := range area {
		areaRule = append(areaRule, areaItem)
	}
	var intervalRule []interface{}
	for _, intervalItem := range interval {
		intervalRule = append(intervalRule, intervalItem)
	}

	logs, sub, err := _SolarMarket.contract.WatchLogs(opts, "OrderPosted", orderIdRule, areaRule, intervalRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SolarMarketOrderPosted)
				if err := _SolarMarket.contract.UnpackLog(event, "OrderPosted", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseOrderPosted is a log parse operation binding the contract event 0x07b5e8ce151546e43d82fa6cf8fe36fe14a821f6923f63b7e9e4bc6f7b6a4d39.
//
// Solidity: event OrderPosted(uint256 indexed orderId, bytes32 indexed area, uint64 indexed interval, bytes32 meter, bool bid, uint64 wh, uint64 price)
func (_SolarMarket *SolarMarketFilterer) ParseOrderPosted(log types.Log) (*SolarMarketOrderPosted, error) {
	event := new(SolarMarketOrderPosted)
	if err := _SolarMarket.contract.UnpackLog(event, "OrderPosted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SolarMarketPaidIterator is returned from FilterPaid and is used to iterate over the raw logs and unpacked data for Paid events raised by the SolarMarket contract.
type SolarMarketPaidIterator struct {
	Event *SolarMarketPaid // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *SolarMarketPaidIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SolarMarketPaid)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(SolarMarketPaid)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *SolarMarketPaidIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SolarMarketPaidIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SolarMarketPaid represents a Paid event raised by the SolarMarket contract.
type SolarMarketPaid struct {
	From    common.Address
	To      common.Address
	Amount  *big.Int
	Why     uint8
	OrderId *big.Int
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterPaid is a free log retrieval operation binding the contract event 0xe000c511c36dbc6533f478a85011518265196945bf27bf7907cb69d2c551b544.
//
// Solidity: event Paid(address indexed from, address indexed to, uint256 amount, uint8 why, uint256 indexed orderId)
func (_SolarMarket *SolarMarketFilterer) FilterPaid(opts *bind.FilterOpts, from []common.Address, to []common.Address, orderId []*big.Int) (*SolarMarketPaidIterator, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	var orderIdRule []interface{}
	for _, orderIdItem := range orderId {
		orderIdRule = append(orderIdRule, orderIdItem)
	}

	logs, sub, err := _SolarMarket.contract.FilterLogs(opts, "Paid", fromRule, toRule, orderIdRule)
	if err != nil {
		return nil, err
	}
	return &SolarMarketPaidIterator{contract: _SolarMarket.contract, event: "Paid", logs: logs, sub: sub}, nil
}

// WatchPaid is a free log subscription operation binding the contract event 0xe000c511c36dbc6533f478a85011518265196945bf27bf7907cb69d2c551b544.
//
// Solidity: event Paid(address indexed from, address indexed to, uint256 amount, uint8 why, uint256 indexed orderId)
func (_SolarMarket *SolarMarketFilterer) WatchPaid(opts *bind.WatchOpts, sink chan<- *SolarMarketPaid, from []common.Address, to []common.Address, orderId []*big.Int) (event.Subscription, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	var orderIdRule []interface{}
	for _, orderIdItem := range orderId {
		orderIdRule = append(orderIdRule, orderIdItem)
	}

	logs, sub, err := _SolarMarket.contract.WatchLogs(opts, "Paid", fromRule, toRule, orderIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SolarMarketPaid)
				if err := _SolarMarket.contract.UnpackLog(event, "Paid", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParsePaid is a log parse operation binding the contract event 0xe000c511c36dbc6533f478a85011518265196945bf27bf7907cb69d2c551b544.
//
// Solidity: event Paid(address indexed from, address indexed to, uint256 amount, uint8 why, uint256 indexed orderId)
func (_SolarMarket *SolarMarketFilterer) ParsePaid(log types.Log) (*SolarMarketPaid, error) {
	event := new(SolarMarketPaid)
	if err := _SolarMarket.contract.UnpackLog(event, "Paid", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SolarMarketPartiesSetIterator is returned from FilterPartiesSet and is used to iterate over the raw logs and unpacked data for PartiesSet events raised by the SolarMarket contract.
type SolarMarketPartiesSetIterator struct {
	Event *SolarMarketPartiesSet // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *SolarMarketPartiesSetIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SolarMarketPartiesSet)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(SolarMarketPartiesSet)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *SolarMarketPartiesSetIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SolarMarketPartiesSetIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SolarMarketPartiesSet represents a PartiesSet event raised by the SolarMarket contract.
type SolarMarketPartiesSet struct {
	Utility      common.Address
	GridOperator common.Address
	Raw          types.Log // Blockchain specific contextual infos
}

// FilterPartiesSet is a free log retrieval operation binding the contract event 0x48461bef8804227483fe90c82da6791324d3dd59315647f3925c639b20d21c7a.
//
// Solidity: event PartiesSet(address indexed utility, address indexed gridOperator)
func (_SolarMarket *SolarMarketFilterer) FilterPartiesSet(opts *bind.FilterOpts, utility []common.Address, gridOperator []common.Address) (*SolarMarketPartiesSetIterator, error) {

	var utilityRule []interface{}
	for _, utilityItem := range utility {
		utilityRule = append(utilityRule, utilityItem)
	}
	var gridOperatorRule []interface{}
	for _, gridOperatorItem := range gridOperator {
		gridOperatorRule = append(gridOperatorRule, gridOperatorItem)
	}

	logs, sub, err := _SolarMarket.contract.FilterLogs(opts, "PartiesSet", utilityRule, gridOperatorRule)
	if err != nil {
		return nil, err
	}
	return &SolarMarketPartiesSetIterator{contract: _SolarMarket.contract, event: "PartiesSet", logs: logs, sub: sub}, nil
}

// WatchPartiesSet is a free log subscription operation binding the contract event 0x48461bef8804227483fe90c82da6791324d3dd59315647f3925c639b20d21c7a.
//
// Solidity: event PartiesSet(address indexed utility, address indexed gridOperator)
func (_SolarMarket *SolarMarketFilterer) WatchPartiesSet(opts *bind.WatchOpts, sink chan<- *SolarMarketPartiesSet, utility []common.Address, gridOperator []common.Address) (event.Subscription, error) {

	var utilityRule []interface{}
	for _, utilityItem := range utility {
		utilityRule = append(utilityRule, utilityItem)
	}
	var gridOperatorRule []interface{}
	for _, gridOperatorItem := range gridOperator {
		gridOperatorRule = append(gridOperatorRule, gridOperatorItem)
	}

	logs, sub, err := _SolarMarket.contract.WatchLogs(opts, "PartiesSet", utilityRule, gridOperatorRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SolarMarketPartiesSet)
				if err := _SolarMarket.contract.UnpackLog(event, "PartiesSet", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParsePartiesSet is a log parse operation binding the contract event 0x48461bef8804227483fe90c82da6791324d3dd59315647f3925c639b20d21c7a.
//
// Solidity: event PartiesSet(address indexed utility, address indexed gridOperator)
func (_SolarMarket *SolarMarketFilterer) ParsePartiesSet(log types.Log) (*SolarMarketPartiesSet, error) {
	event := new(SolarMarketPartiesSet)
	if err := _SolarMarket.contract.UnpackLog(event, "PartiesSet", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SolarMarketReadingIterator is returned from FilterReading and is used to iterate over the raw logs and unpacked data for Reading events raised by the SolarMarket contract.
type SolarMarketReadingIterator struct {
	Event *SolarMarketReading // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *SolarMarketReadingIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SolarMarketReading)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(SolarMarketReading)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *SolarMarketReadingIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SolarMarketReadingIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SolarMarketReading represents a Reading event raised by the SolarMarket contract.
type SolarMarketReading struct {
	Meter    [32]byte
	Interval uint64
	Wh       uint64
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterReading is a free log retrieval operation binding the contract event 0xc6737484dc199c5f10190f768253332b0f7dfcccc15838c83739fafe85547248.
//
// Solidity: event Reading(bytes32 indexed meter, uint64 indexed interval, uint64 wh)
func (_SolarMarket *SolarMarketFilterer) FilterReading(opts *bind.FilterOpts, meter [][32]byte, interval []uint64) (*SolarMarketReadingIterator, error) {

	var meterRule []interface{}
	for _, meterItem := range meter {
		meterRule = append(meterRule, meterItem)
	}
	var intervalRule []interface{}
	for _, intervalItem := range interval {
		intervalRule = append(intervalRule, intervalItem)
	}

	logs, sub, err := _SolarMarket.contract.FilterLogs(opts, "Reading", meterRule, intervalRule)
	if err != nil {
		return nil, err
	}
	return &SolarMarketReadingIterator{contract: _SolarMarket.contract, event: "Reading", logs: logs, sub: sub}, nil
}

// WatchReading is a free log subscription operation binding the contract event 0xc6737484dc199c5f10190f768253332b0f7dfcccc15838c83739fafe85547248.
//
// Solidity: event Reading(bytes32 indexed meter, uint64 indexed interval, uint64 wh)
func (_SolarMarket *SolarMarketFilterer) WatchReading(opts *bind.WatchOpts, sink chan<- *SolarMarketReading, meter [][32]byte, interval []uint64) (event.Subscription, error) {

	var meterRule []interface{}
	for _, meterItem := range meter {
		meterRule = append(meterRule, meterItem)
	}
	var intervalRule []interface{}
	for _, intervalItem := range interval {
		intervalRule = append(intervalRule, intervalItem)
	}

	logs, sub, err := _SolarMarket.contract.WatchLogs(opts, "Reading", meterRule, intervalRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SolarMarketReading)
				if err := _SolarMarket.contract.UnpackLog(event, "Reading", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseReading is a log parse operation binding the contract event 0xc6737484dc199c5f10190f768253332b0f7dfcccc15838c83739fafe85547248.
//
// Solidity: event Reading(bytes32 indexed meter, uint64 indexed interval, uint64 wh)
func (_SolarMarket *SolarMarketFilterer) ParseReading(log types.Log) (*SolarMarketReading, error) {
	event := new(SolarMarketReading)
	if err := _SolarMarket.contract.UnpackLog(event, "Reading", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SolarMarketReadingSkippedIterator is returned from FilterReadingSkipped and is used to iterate over the raw logs and unpacked data for ReadingSkipped events raised by the SolarMarket contract.
type SolarMarketReadingSkippedIterator struct {
	Event *SolarMarketReadingSkipped // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *SolarMarketReadingSkippedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SolarMarketReadingSkipped)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(SolarMarketReadingSkipped)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *SolarMarketReadingSkippedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SolarMarketReadingSkippedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SolarMarketReadingSkipped represents a ReadingSkipped event raised by the SolarMarket contract.
type SolarMarketReadingSkipped struct {
	Meter    [32]byte
	Interval uint64
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterReadingSkipped is a free log retrieval operation binding the contract event 0xd7accadb89ff6f75a4611b54c0c46f04af1f99ba6e0e43947842cc78c614e897.
//
// Solidity: event ReadingSkipped(bytes32 indexed meter, uint64 indexed interval)
func (_SolarMarket *SolarMarketFilterer) FilterReadingSkipped(opts *bind.FilterOpts, meter [][32]byte, interval []uint64) (*SolarMarketReadingSkippedIterator, error) {

	var meterRule []interface{}
	for _, meterItem := range meter {
		meterRule = append(meterRule, meterItem)
	}
	var intervalRule []interface{}
	for _, intervalItem := range interval {
		intervalRule = append(intervalRule, intervalItem)
	}

	logs, sub, err := _SolarMarket.contract.FilterLogs(opts, "ReadingSkipped", meterRule, intervalRule)
	if err != nil {
		return nil, err
	}
	return &SolarMarketReadingSkippedIterator{contract: _SolarMarket.contract, event: "ReadingSkipped", logs: logs, sub: sub}, nil
}

// WatchReadingSkipped is a free log subscription operation binding the contract event 0xd7accadb89ff6f75a4611b54c0c46f04af1f99ba6e0e43947842cc78c614e897.
//
// Solidity: event ReadingSkipped(bytes32 indexed meter, uint64 indexed interval)
func (_SolarMarket *SolarMarketFilterer) WatchReadingSkipped(opts *bind.WatchOpts, sink chan<- *SolarMarketReadingSkipped, meter [][32]byte, interval []uint64) (event.Subscription, error) {

	var meterRule []interface{}
	for _, meterItem := range meter {
		meterRule = append(meterRule, meterItem)
	}
	var intervalRule []interface{}
	for _, intervalItem := range interval {
		intervalRule = append(intervalRule, intervalItem)
	}

	logs, sub, err := _SolarMarket.contract.WatchLogs(opts, "ReadingSkipped", meterRule, intervalRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SolarMarketReadingSkipped)
				if err := _SolarMarket.contract.UnpackLog(event, "ReadingSkipped", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseReadingSkipped is a log parse operation binding the contract event 0xd7accadb89ff6f75a4611b54c0c46f04af1f99ba6e0e43947842cc78c614e897.
//
// Solidity: event ReadingSkipped(bytes32 indexed meter, uint64 indexed interval)
func (_SolarMarket *SolarMarketFilterer) ParseReadingSkipped(log types.Log) (*SolarMarketReadingSkipped, error) {
	event := new(SolarMarketReadingSkipped)
	if err := _SolarMarket.contract.UnpackLog(event, "ReadingSkipped", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SolarMarketReadingTakenAsMatchedIterator is returned from FilterReadingTakenAsMatched and is used to iterate over the raw logs and unpacked data for ReadingTakenAsMatched events raised by the SolarMarket contract.
type SolarMarketReadingTakenAsMatchedIterator struct {
	Event *SolarMarketReadingTakenAsMatched // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *SolarMarketReadingTakenAsMatchedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SolarMarketReadingTakenAsMatched)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(SolarMarketReadingTakenAsMatched)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *SolarMarketReadingTakenAsMatchedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SolarMarketReadingTakenAsMatchedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SolarMarketReadingTakenAsMatched represents a ReadingTakenAsMatched event raised by the SolarMarket contract.
type SolarMarketReadingTakenAsMatched struct {
	Meter    [32]byte
	Interval uint64
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterReadingTakenAsMatched is a free log retrieval operation binding the contract event 0x9cd287c8718ea88273f9ba93d8f4e187000eb5d1660702df075c5c40158e1803.
//
// Solidity: event ReadingTakenAsMatched(bytes32 indexed meter, uint64 indexed interval)
func (_SolarMarket *SolarMarketFilterer) FilterReadingTakenAsMatched(opts *bind.FilterOpts, meter [][32]byte, interval []uint64) (*SolarMarketReadingTakenAsMatchedIterator, error) {

	var meterRule []interface{}
	for _, meterItem := range meter {
		meterRule = append(meterRule, meterItem)
	}
	var intervalRule []interface{}
	for _, intervalItem := range interval {
		intervalRule = append(intervalRule, intervalItem)
	}

	logs, sub, err := _SolarMarket.contract.FilterLogs(opts, "ReadingTakenAsMatched", meterRule, intervalRule)
	if err != nil {
		return nil, err
	}
	return &SolarMarketReadingTakenAsMatchedIterator{contract: _SolarMarket.contract, event: "ReadingTakenAsMatched", logs: logs, sub: sub}, nil
}

// WatchReadingTakenAsMatched is a free log subscription operation binding the contract event 0x9cd287c8718ea88273f9ba93d8f4e187000eb5d1660702df075c5c40158e1803.
//
// Solidity: event ReadingTakenAsMatched(bytes32 indexed meter, uint64 indexed interval)
func (_SolarMarket *SolarMarketFilterer) WatchReadingTakenAsMatched(opts *bind.WatchOpts, sink chan<- *SolarMarketReadingTakenAsMatched, meter [][32]byte, interval []uint64) (event.Subscription, error) {

	var meterRule []interface{}
	for _, meterItem := range meter {
		meterRule = append(meterRule, meterItem)
	}
	var intervalRule []interface{}
	for _, intervalItem := range interval {
		intervalRule = append(intervalRule, intervalItem)
	}

	logs, sub, err := _SolarMarket.contract.WatchLogs(opts, "ReadingTakenAsMatched", meterRule, intervalRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SolarMarketReadingTakenAsMatched)
				if err := _SolarMarket.contract.UnpackLog(event, "ReadingTakenAsMatched", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseReadingTakenAsMatched is a log parse operation binding the contract event 0x9cd287c8718ea88273f9ba93d8f4e187000eb5d1660702df075c5c40158e1803.
//
// Solidity: event ReadingTakenAsMatched(bytes32 indexed meter, uint64 indexed interval)
func (_SolarMarket *SolarMarketFilterer) ParseReadingTakenAsMatched(log types.Log) (*SolarMarketReadingTakenAsMatched, error) {
	event := new(SolarMarketReadingTakenAsMatched)
	if err := _SolarMarket.contract.UnpackLog(event, "ReadingTakenAsMatched", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SolarMarketRoleAdminChangedIterator is returned from FilterRoleAdminChanged and is used to iterate over the raw logs and unpacked data for RoleAdminChanged events raised by the SolarMarket contract.
type SolarMarketRoleAdminChangedIterator struct {
	Event *SolarMarketRoleAdminChanged // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *SolarMarketRoleAdminChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SolarMarketRoleAdminChanged)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(SolarMarketRoleAdminChanged)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *SolarMarketRoleAdminChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SolarMarketRoleAdminChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SolarMarketRoleAdminChanged represents a RoleAdminChanged event raised by the SolarMarket contract.
type SolarMarketRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               types.Log // Blockchain specific contextual infos
}

// FilterRoleAdminChanged is a free log retrieval operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_SolarMarket *SolarMarketFilterer) FilterRoleAdminChanged(opts *bind.FilterOpts, role [][32]byte, previousAdminRole [][32]byte, newAdminRole [][32]byte) (*SolarMarketRoleAdminChangedIterator, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var previousAdminRoleRule []interface{}
	for _, previousAdminRoleItem := range previousAdminRole {
		previousAdminRoleRule = append(previousAdminRoleRule, previousAdminRoleItem)
	}
	var newAdminRoleRule []interface{}
	for _, newAdminRoleItem := range newAdminRole {
		newAdminRoleRule = append(newAdminRoleRule, newAdminRoleItem)
	}

	logs, sub, err := _SolarMarket.contract.FilterLogs(opts, "RoleAdminChanged", roleRule, previousAdminRoleRule, newAdminRoleRule)
	if err != nil {
		return nil, err
	}
	return &SolarMarketRoleAdminChangedIterator{contract: _SolarMarket.contract, event: "RoleAdminChanged", logs: logs, sub: sub}, nil
}

// WatchRoleAdminChanged is a free log subscription operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_SolarMarket *SolarMarketFilterer) WatchRoleAdminChanged(opts *bind.WatchOpts, sink chan<- *SolarMarketRoleAdminChanged, role [][32]byte, previousAdminRole [][32]byte, newAdminRole [][32]byte) (event.Subscription, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var previousAdminRoleRule []interface{}
	for _, previousAdminRoleItem := range previousAdminRole {
		previousAdminRoleRule = append(previousAdminRoleRule, previousAdminRoleItem)
	}
	var newAdminRoleRule []interface{}
	for _, newAdminRoleItem := range newAdminRole {
		newAdminRoleRule = append(newAdminRoleRule, newAdminRoleItem)
	}

	logs, sub, err := _SolarMarket.contract.WatchLogs(opts, "RoleAdminChanged", roleRule, previousAdminRoleRule, newAdminRoleRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SolarMarketRoleAdminChanged)
				if err := _SolarMarket.contract.UnpackLog(event, "RoleAdminChanged", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseRoleAdminChanged is a log parse operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_SolarMarket *SolarMarketFilterer) ParseRoleAdminChanged(log types.Log) (*SolarMarketRoleAdminChanged, error) {
	event := new(SolarMarketRoleAdminChanged)
	if err := _SolarMarket.contract.UnpackLog(event, "RoleAdminChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SolarMarketRoleGrantedIterator is returned from FilterRoleGranted and is used to iterate over the raw logs and unpacked data for RoleGranted events raised by the SolarMarket contract.
type SolarMarketRoleGrantedIterator struct {
	Event *SolarMarketRoleGranted // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *SolarMarketRoleGrantedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SolarMarketRoleGranted)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(SolarMarketRoleGranted)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *SolarMarketRoleGrantedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SolarMarketRoleGrantedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SolarMarketRoleGranted represents a RoleGranted event raised by the SolarMarket contract.
type SolarMarketRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterRoleGranted is a free log retrieval operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_SolarMarket *SolarMarketFilterer) FilterRoleGranted(opts *bind.FilterOpts, role [][32]byte, account []common.Address, sender []common.Address) (*SolarMarketRoleGrantedIterator, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _SolarMarket.contract.FilterLogs(opts, "RoleGranted", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return &SolarMarketRoleGrantedIterator{contract: _SolarMarket.contract, event: "RoleGranted", logs: logs, sub: sub}, nil
}

// WatchRoleGranted is a free log subscription operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_SolarMarket *SolarMarketFilterer) WatchRoleGranted(opts *bind.WatchOpts, sink chan<- *SolarMarketRoleGranted, role [][32]byte, account []common.Address, sender []common.Address) (event.Subscription, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _SolarMarket.contract.WatchLogs(opts, "RoleGranted", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SolarMarketRoleGranted)
				if err := _SolarMarket.contract.UnpackLog(event, "RoleGranted", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseRoleGranted is a log parse operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_SolarMarket *SolarMarketFilterer) ParseRoleGranted(log types.Log) (*SolarMarketRoleGranted, error) {
	event := new(SolarMarketRoleGranted)
	if err := _SolarMarket.contract.UnpackLog(event, "RoleGranted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SolarMarketRoleRevokedIterator is returned from FilterRoleRevoked and is used to iterate over the raw logs and unpacked data for RoleRevoked events raised by the SolarMarket contract.
type SolarMarketRoleRevokedIterator struct {
	Event *SolarMarketRoleRevoked // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *SolarMarketRoleRevokedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SolarMarketRoleRevoked)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(SolarMarketRoleRevoked)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *SolarMarketRoleRevokedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SolarMarketRoleRevokedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SolarMarketRoleRevoked represents a RoleRevoked event raised by the SolarMarket contract.
type SolarMarketRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterRoleRevoked is a free log retrieval operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_SolarMarket *SolarMarketFilterer) FilterRoleRevoked(opts *bind.FilterOpts, role [][32]byte, account []common.Address, sender []common.Address) (*SolarMarketRoleRevokedIterator, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _SolarMarket.contract.FilterLogs(opts, "RoleRevoked", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return &SolarMarketRoleRevokedIterator{contract: _SolarMarket.contract, event: "RoleRevoked", logs: logs, sub: sub}, nil
}

// WatchRoleRevoked is a free log subscription operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_SolarMarket *SolarMarketFilterer) WatchRoleRevoked(opts *bind.WatchOpts, sink chan<- *SolarMarketRoleRevoked, role [][32]byte, account []common.Address, sender []common.Address) (event.Subscription, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _SolarMarket.contract.WatchLogs(opts, "RoleRevoked", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SolarMarketRoleRevoked)
				if err := _SolarMarket.contract.UnpackLog(event, "RoleRevoked", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseRoleRevoked is a log parse operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_SolarMarket *SolarMarketFilterer) ParseRoleRevoked(log types.Log) (*SolarMarketRoleRevoked, error) {
	event := new(SolarMarketRoleRevoked)
	if err := _SolarMarket.contract.UnpackLog(event, "RoleRevoked", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SolarMarketSettledIterator is returned from FilterSettled and is used to iterate over the raw logs and unpacked data for Settled events raised by the SolarMarket contract.
type SolarMarketSettledIterator struct {
	Event *SolarMarketSettled // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *SolarMarketSettledIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SolarMarketSettled)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(SolarMarketSettled)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *SolarMarketSettledIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SolarMarketSettledIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SolarMarketSettled represents a Settled event raised by the SolarMarket contract.
type SolarMarketSettled struct {
	Area     [32]byte
	Interval uint64
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterSettled is a free log retrieval operation binding the contract event 0x12c0c00549aeecd316eada73f4565969e58ead92e25f78857813207aac9d6e83.
//
// Solidity: event Settled(bytes32 indexed area, uint64 indexed interval)
func (_SolarMarket *SolarMarketFilterer) FilterSettled(opts *bind.FilterOpts, area [][32]byte, interval []uint64) (*SolarMarketSettledIterator, error) {

	var areaRule []interface{}
	for _, areaItem := range area {
		areaRule = append(areaRule, areaItem)
	}
	var intervalRule []interface{}
	for _, intervalItem := range interval {
		intervalRule = append(intervalRule, intervalItem)
	}

	logs, sub, err := _SolarMarket.contract.FilterLogs(opts, "Settled", areaRule, intervalRule)
	if err != nil {
		return nil, err
	}
	return &SolarMarketSettledIterator{contract: _SolarMarket.contract, event: "Settled", logs: logs, sub: sub}, nil
}

// WatchSettled is a free log subscription operation binding the contract event 0x12c0c00549aeecd316eada73f4565969e58ead92e25f78857813207aac9d6e83.
//
// Solidity: event Settled(bytes32 indexed area, uint64 indexed interval)
func (_SolarMarket *SolarMarketFilterer) WatchSettled(opts *bind.WatchOpts, sink chan<- *SolarMarketSettled, area [][32]byte, interval []uint64) (event.Subscription, error) {

	var areaRule []interface{}
	for _, areaItem := range area {
		areaRule = append(areaRule, areaItem)
	}
	var intervalRule []interface{}
	for _, intervalItem := range interval {
		intervalRule = append(intervalRule, intervalItem)
	}

	logs, sub, err := _SolarMarket.contract.WatchLogs(opts, "Settled", areaRule, intervalRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SolarMarketSettled)
				if err := _SolarMarket.contract.UnpackLog(event, "Settled", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseSettled is a log parse operation binding the contract event 0x12c0c00549aeecd316eada73f4565969e58ead92e25f78857813207aac9d6e83.
//
// Solidity: event Settled(bytes32 indexed area, uint64 indexed interval)
func (_SolarMarket *SolarMarketFilterer) ParseSettled(log types.Log) (*SolarMarketSettled, error) {
	event := new(SolarMarketSettled)
	if err := _SolarMarket.contract.UnpackLog(event, "Settled", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SolarMarketTariffsSetIterator is returned from FilterTariffsSet and is used to iterate over the raw logs and unpacked data for TariffsSet events raised by the SolarMarket contract.
type SolarMarketTariffsSetIterator struct {
	Event *SolarMarketTariffsSet // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *SolarMarketTariffsSetIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SolarMarketTariffsSet)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(SolarMarketTariffsSet)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *SolarMarketTariffsSetIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SolarMarketTariffsSetIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SolarMarketTariffsSet represents a TariffsSet event raised by the SolarMarket contract.
type SolarMarketTariffsSet struct {
	BuyTariff  uint64
	SellTariff uint64
	GridFee    uint64
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterTariffsSet is a free log retrieval operation binding the contract event 0x5adc9efb6e2a54bbeea1db753fea00d934630f2aa74927b706cee9adf651cdc9.
//
// Solidity: event TariffsSet(uint64 buyTariff, uint64 sellTariff, uint64 gridFee)
func (_SolarMarket *SolarMarketFilterer) FilterTariffsSet(opts *bind.FilterOpts) (*SolarMarketTariffsSetIterator, error) {

	logs, sub, err := _SolarMarket.contract.FilterLogs(opts, "TariffsSet")
	if err != nil {
		return nil, err
	}
	return &SolarMarketTariffsSetIterator{contract: _SolarMarket.contract, event: "TariffsSet", logs: logs, sub: sub}, nil
}

// WatchTariffsSet is a free log subscription operation binding the contract event 0x5adc9efb6e2a54bbeea1db753fea00d934630f2aa74927b706cee9adf651cdc9.
//
// Solidity: event TariffsSet(uint64 buyTariff, uint64 sellTariff, uint64 gridFee)
func (_SolarMarket *SolarMarketFilterer) WatchTariffsSet(opts *bind.WatchOpts, sink chan<- *SolarMarketTariffsSet) (event.Subscription, error) {

	logs, sub, err := _SolarMarket.contract.WatchLogs(opts, "TariffsSet")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SolarMarketTariffsSet)
				if err := _SolarMarket.contract.UnpackLog(event, "TariffsSet", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseTariffsSet is a log parse operation binding the contract event 0x5adc9efb6e2a54bbeea1db753fea00d934630f2aa74927b706cee9adf651cdc9.
//
// Solidity: event TariffsSet(uint64 buyTariff, uint64 sellTariff, uint64 gridFee)
func (_SolarMarket *SolarMarketFilterer) ParseTariffsSet(log types.Log) (*SolarMarketTariffsSet, error) {
	event := new(SolarMarketTariffsSet)
	if err := _SolarMarket.contract.UnpackLog(event, "TariffsSet", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SolarMarketTrustedForwarderSetIterator is returned from FilterTrustedForwarderSet and is used to iterate over the raw logs and unpacked data for TrustedForwarderSet events raised by the SolarMarket contract.
type SolarMarketTrustedForwarderSetIterator struct {
	Event *SolarMarketTrustedForwarderSet // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *SolarMarketTrustedForwarderSetIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SolarMarketTrustedForwarderSet)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(SolarMarketTrustedForwarderSet)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *SolarMarketTrustedForwarderSetIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SolarMarketTrustedForwarderSetIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SolarMarketTrustedForwarderSet represents a TrustedForwarderSet event raised by the SolarMarket contract.
type SolarMarketTrustedForwarderSet struct {
	Forwarder common.Address
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterTrustedForwarderSet is a free log retrieval operation binding the contract event 0xd91237492a9e30cd2faf361fc103998a382ff0ec2b1b07dc1cbebb76ae2f1ea2.
//
// Solidity: event TrustedForwarderSet(address indexed forwarder)
func (_SolarMarket *SolarMarketFilterer) FilterTrustedForwarderSet(opts *bind.FilterOpts, forwarder []common.Address) (*SolarMarketTrustedForwarderSetIterator, error) {

	var forwarderRule []interface{}
	for _, forwarderItem := range forwarder {
		forwarderRule = append(forwarderRule, forwarderItem)
	}

	logs, sub, err := _SolarMarket.contract.FilterLogs(opts, "TrustedForwarderSet", forwarderRule)
	if err != nil {
		return nil, err
	}
	return &SolarMarketTrustedForwarderSetIterator{contract: _SolarMarket.contract, event: "TrustedForwarderSet", logs: logs, sub: sub}, nil
}

// WatchTrustedForwarderSet is a free log subscription operation binding the contract event 0xd91237492a9e30cd2faf361fc103998a382ff0ec2b1b07dc1cbebb76ae2f1ea2.
//
// Solidity: event TrustedForwarderSet(address indexed forwarder)
func (_SolarMarket *SolarMarketFilterer) WatchTrustedForwarderSet(opts *bind.WatchOpts, sink chan<- *SolarMarketTrustedForwarderSet, forwarder []common.Address) (event.Subscription, error) {

	var forwarderRule []interface{}
	for _, forwarderItem := range forwarder {
		forwarderRule = append(forwarderRule, forwarderItem)
	}

	logs, sub, err := _SolarMarket.contract.WatchLogs(opts, "TrustedForwarderSet", forwarderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SolarMarketTrustedForwarderSet)
				if err := _SolarMarket.contract.UnpackLog(event, "TrustedForwarderSet", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseTrustedForwarderSet is a log parse operation binding the contract event 0xd91237492a9e30cd2faf361fc103998a382ff0ec2b1b07dc1cbebb76ae2f1ea2.
//
// Solidity: event TrustedForwarderSet(address indexed forwarder)
func (_SolarMarket *SolarMarketFilterer) ParseTrustedForwarderSet(log types.Log) (*SolarMarketTrustedForwarderSet, error) {
	event := new(SolarMarketTrustedForwarderSet)
	if err := _SolarMarket.contract.UnpackLog(event, "TrustedForwarderSet", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SolarMarketUpgradedIterator is returned from FilterUpgraded and is used to iterate over the raw logs and unpacked data for Upgraded events raised by the SolarMarket contract.
type SolarMarketUpgradedIterator struct {
	Event *SolarMarketUpgraded // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *SolarMarketUpgradedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SolarMarketUpgraded)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(SolarMarketUpgraded)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *SolarMarketUpgradedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SolarMarketUpgradedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SolarMarketUpgraded represents a Upgraded event raised by the SolarMarket contract.
type SolarMarketUpgraded struct {
	Implementation common.Address
	Raw            types.Log // Blockchain specific contextual infos
}

// FilterUpgraded is a free log retrieval operation binding the contract event 0xbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b.
//
// Solidity: event Upgraded(address indexed implementation)
func (_SolarMarket *SolarMarketFilterer) FilterUpgraded(opts *bind.FilterOpts, implementation []common.Address) (*SolarMarketUpgradedIterator, error) {

	var implementationRule []interface{}
	for _, implementationItem := range implementation {
		implementationRule = append(implementationRule, implementationItem)
	}

	logs, sub, err := _SolarMarket.contract.FilterLogs(opts, "Upgraded", implementationRule)
	if err != nil {
		return nil, err
	}
	return &SolarMarketUpgradedIterator{contract: _SolarMarket.contract, event: "Upgraded", logs: logs, sub: sub}, nil
}

// WatchUpgraded is a free log subscription operation binding the contract event 0xbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b.
//
// Solidity: event Upgraded(address indexed implementation)
func (_SolarMarket *SolarMarketFilterer) WatchUpgraded(opts *bind.WatchOpts, sink chan<- *SolarMarketUpgraded, implementation []common.Address) (event.Subscription, error) {

	var implementationRule []interface{}
	for _, implementationItem := range implementation {
		implementationRule = append(implementationRule, implementationItem)
	}

	logs, sub, err := _SolarMarket.contract.WatchLogs(opts, "Upgraded", implementationRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SolarMarketUpgraded)
				if err := _SolarMarket.contract.UnpackLog(event, "Upgraded", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseUpgraded is a log parse operation binding the contract event 0xbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b.
//
// Solidity: event Upgraded(address indexed implementation)
func (_SolarMarket *SolarMarketFilterer) ParseUpgraded(log types.Log) (*SolarMarketUpgraded, error) {
	event := new(SolarMarketUpgraded)
	if err := _SolarMarket.contract.UnpackLog(event, "Upgraded", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SolarMarketUtilityDebtIterator is returned from FilterUtilityDebt and is used to iterate over the raw logs and unpacked data for UtilityDebt events raised by the SolarMarket contract.
type SolarMarketUtilityDebtIterator struct {
	Event *SolarMarketUtilityDebt // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *SolarMarketUtilityDebtIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SolarMarketUtilityDebt)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(SolarMarketUtilityDebt)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *SolarMarketUtilityDebtIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SolarMarketUtilityDebtIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SolarMarketUtilityDebt represents a UtilityDebt event raised by the SolarMarket contract.
type SolarMarketUtilityDebt struct {
	Utility   common.Address
	Household common.Address
	Amount    *big.Int
	OrderId   *big.Int
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterUtilityDebt is a free log retrieval operation binding the contract event 0x905f9092b30f64033c3217862316d4cda476b17ddecc034f2206a179cd328071.
//
// Solidity: event UtilityDebt(address indexed utility, address indexed household, uint256 amount, uint256 indexed orderId)
func (_SolarMarket *SolarMarketFilterer) FilterUtilityDebt(opts *bind.FilterOpts, utility []common.Address, household []common.Address, orderId []*big.Int) (*SolarMarketUtilityDebtIterator, error) {

	var utilityRule []interface{}
	for _, utilityItem := range utility {
		utilityRule = append(utilityRule, utilityItem)
	}
	var householdRule []interface{}
	for _, householdItem := range household {
		householdRule = append(householdRule, householdItem)
	}

	var orderIdRule []interface{}
	for _, orderIdItem := range orderId {
		orderIdRule = append(orderIdRule, orderIdItem)
	}

	logs, sub, err := _SolarMarket.contract.FilterLogs(opts, "UtilityDebt", utilityRule, householdRule, orderIdRule)
	if err != nil {
		return nil, err
	}
	return &SolarMarketUtilityDebtIterator{contract: _SolarMarket.contract, event: "UtilityDebt", logs: logs, sub: sub}, nil
}

// WatchUtilityDebt is a free log subscription operation binding the contract event 0x905f9092b30f64033c3217862316d4cda476b17ddecc034f2206a179cd328071.
//
// Solidity: event UtilityDebt(address indexed utility, address indexed household, uint256 amount, uint256 indexed orderId)
func (_SolarMarket *SolarMarketFilterer) WatchUtilityDebt(opts *bind.WatchOpts, sink chan<- *SolarMarketUtilityDebt, utility []common.Address, household []common.Address, orderId []*big.Int) (event.Subscription, error) {

	var utilityRule []interface{}
	for _, utilityItem := range utility {
		utilityRule = append(utilityRule, utilityItem)
	}
	var householdRule []interface{}
	for _, householdItem := range household {
		householdRule = append(householdRule, householdItem)
	}

	var orderIdRule []interface{}
	for _, orderIdItem := range orderId {
		orderIdRule = append(orderIdRule, orderIdItem)
	}

	logs, sub, err := _SolarMarket.contract.WatchLogs(opts, "UtilityDebt", utilityRule, householdRule, orderIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SolarMarketUtilityDebt)
				if err := _SolarMarket.contract.UnpackLog(event, "UtilityDebt", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseUtilityDebt is a log parse operation binding the contract event 0x905f9092b30f64033c3217862316d4cda476b17ddecc034f2206a179cd328071.
//
// Solidity: event UtilityDebt(address indexed utility, address indexed household, uint256 amount, uint256 indexed orderId)
func (_SolarMarket *SolarMarketFilterer) ParseUtilityDebt(log types.Log) (*SolarMarketUtilityDebt, error) {
	event := new(SolarMarketUtilityDebt)
	if err := _SolarMarket.contract.UnpackLog(event, "UtilityDebt", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SolarMarketUtilityDebtPaidIterator is returned from FilterUtilityDebtPaid and is used to iterate over the raw logs and unpacked data for UtilityDebtPaid events raised by the SolarMarket contract.
type SolarMarketUtilityDebtPaidIterator struct {
	Event *SolarMarketUtilityDebtPaid // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *SolarMarketUtilityDebtPaidIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SolarMarketUtilityDebtPaid)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(SolarMarketUtilityDebtPaid)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *SolarMarketUtilityDebtPaidIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SolarMarketUtilityDebtPaidIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SolarMarketUtilityDebtPaid represents a UtilityDebtPaid event raised by the SolarMarket contract.
type SolarMarketUtilityDebtPaid struct {
	Utility   common.Address
	Household common.Address
	Amount    *big.Int
	OrderId   *big.Int
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterUtilityDebtPaid is a free log retrieval operation binding the contract event 0x9af2dc774d7edcff08b218851a3bc91aed368f81bf0c3e3fa7acf1dd704f559e.
//
// Solidity: event UtilityDebtPaid(address indexed utility, address indexed household, uint256 amount, uint256 indexed orderId)
func (_SolarMarket *SolarMarketFilterer) FilterUtilityDebtPaid(opts *bind.FilterOpts, utility []common.Address, household []common.Address, orderId []*big.Int) (*SolarMarketUtilityDebtPaidIterator, error) {

	var utilityRule []interface{}
	for _, utilityItem := range utility {
		utilityRule = append(utilityRule, utilityItem)
	}
	var householdRule []interface{}
	for _, householdItem := range household {
		householdRule = append(householdRule, householdItem)
	}

	var orderIdRule []interface{}
	for _, orderIdItem := range orderId {
		orderIdRule = append(orderIdRule, orderIdItem)
	}

	logs, sub, err := _SolarMarket.contract.FilterLogs(opts, "UtilityDebtPaid", utilityRule, householdRule, orderIdRule)
	if err != nil {
		return nil, err
	}
	return &SolarMarketUtilityDebtPaidIterator{contract: _SolarMarket.contract, event: "UtilityDebtPaid", logs: logs, sub: sub}, nil
}

// WatchUtilityDebtPaid is a free log subscription operation binding the contract event 0x9af2dc774d7edcff08b218851a3bc91aed368f81bf0c3e3fa7acf1dd704f559e.
//
// Solidity: event UtilityDebtPaid(address indexed utility, address indexed household, uint256 amount, uint256 indexed orderId)
func (_SolarMarket *SolarMarketFilterer) WatchUtilityDebtPaid(opts *bind.WatchOpts, sink chan<- *SolarMarketUtilityDebtPaid, utility []common.Address, household []common.Address, orderId []*big.Int) (event.Subscription, error) {

	var utilityRule []interface{}
	for _, utilityItem := range utility {
		utilityRule = append(utilityRule, utilityItem)
	}
	var householdRule []interface{}
	for _, householdItem := range household {
		householdRule = append(householdRule, householdItem)
	}

	var orderIdRule []interface{}
	for _, orderIdItem := range orderId {
		orderIdRule = append(orderIdRule, orderIdItem)
	}

	logs, sub, err := _SolarMarket.contract.WatchLogs(opts, "UtilityDebtPaid", utilityRule, householdRule, orderIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SolarMarketUtilityDebtPaid)
				if err := _SolarMarket.contract.UnpackLog(event, "UtilityDebtPaid", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseUtilityDebtPaid is a log parse operation binding the contract event 0x9af2dc774d7edcff08b218851a3bc91aed368f81bf0c3e3fa7acf1dd704f559e.
//
// Solidity: event UtilityDebtPaid(address indexed utility, address indexed household, uint256 amount, uint256 indexed orderId)
func (_SolarMarket *SolarMarketFilterer) ParseUtilityDebtPaid(log types.Log) (*SolarMarketUtilityDebtPaid, error) {
	event := new(SolarMarketUtilityDebtPaid)
	if err := _SolarMarket.contract.UnpackLog(event, "UtilityDebtPaid", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SolarMarketWithdrawnIterator is returned from FilterWithdrawn and is used to iterate over the raw logs and unpacked data for Withdrawn events raised by the SolarMarket contract.
type SolarMarketWithdrawnIterator struct {
	Event *SolarMarketWithdrawn // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *SolarMarketWithdrawnIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SolarMarketWithdrawn)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(SolarMarketWithdrawn)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *SolarMarketWithdrawnIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SolarMarketWithdrawnIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SolarMarketWithdrawn represents a Withdrawn event raised by the SolarMarket contract.
type SolarMarketWithdrawn struct {
	Who    common.Address
	Amount *big.Int
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterWithdrawn is a free log retrieval operation binding the contract event 0x7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d5.
//
// Solidity: event Withdrawn(address indexed who, uint256 amount)
func (_SolarMarket *SolarMarketFilterer) FilterWithdrawn(opts *bind.FilterOpts, who []common.Address) (*SolarMarketWithdrawnIterator, error) {

	var whoRule []interface{}
	for _, whoItem := range who {
		whoRule = append(whoRule, whoItem)
	}

	logs, sub, err := _SolarMarket.contract.FilterLogs(opts, "Withdrawn", whoRule)
	if err != nil {
		return nil, err
	}
	return &SolarMarketWithdrawnIterator{contract: _SolarMarket.contract, event: "Withdrawn", logs: logs, sub: sub}, nil
}

// WatchWithdrawn is a free log subscription operation binding the contract event 0x7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d5.
//
// Solidity: event Withdrawn(address indexed who, uint256 amount)
func (_SolarMarket *SolarMarketFilterer) WatchWithdrawn(opts *bind.WatchOpts, sink chan<- *SolarMarketWithdrawn, who []common.Address) (event.Subscription, error) {

	var whoRule []interface{}
	for _, whoItem := range who {
		whoRule = append(whoRule, whoItem)
	}

	logs, sub, err := _SolarMarket.contract.WatchLogs(opts, "Withdrawn", whoRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SolarMarketWithdrawn)
				if err := _SolarMarket.contract.UnpackLog(event, "Withdrawn", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseWithdrawn is a log parse operation binding the contract event 0x7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d5.
//
// Solidity: event Withdrawn(address indexed who, uint256 amount)
func (_SolarMarket *SolarMarketFilterer) ParseWithdrawn(log types.Log) (*SolarMarketWithdrawn, error) {
	event := new(SolarMarketWithdrawn)
	if err := _SolarMarket.contract.UnpackLog(event, "Withdrawn", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
