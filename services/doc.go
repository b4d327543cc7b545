// Package services lists the city's services: each is one folder under services/ holding
// its domain code, its commands and its tests, and one line in All. The binary (package cli)
// builds the services' commands from All and from nothing else, so the platform (cli/,
// internal/) never imports a service, and adding a service touches no platform file.
package services
