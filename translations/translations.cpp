// The translation catalogs of this library are compiled from the .ts files beside this file
// and embedded as resources under :/i18n (see CMakeLists.txt).
namespace cca::translations {
int catalogFormat() { return 1; }
} // namespace cca::translations
