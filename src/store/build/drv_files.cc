#include "store/build/drv_files.hh"

namespace hearth::store {

Result<void> register_derivation_file(LocalStore& store, const StorePath& drv_path) {
    if (HEARTH_TRY(store.is_valid(drv_path))) return {};
    auto drv = HEARTH_TRY(store.read_derivation(drv_path));
    for (const auto& [dep, outputs] : drv.input_drvs)
        HEARTH_TRY(register_derivation_file(store, HEARTH_TRY(store.parse(dep))));
    for (const auto& src : drv.input_srcs)
        if (!HEARTH_TRY(store.is_valid(HEARTH_TRY(store.parse(src)))))
            return fail(ErrorKind::not_valid, "path '" + src + "' is not valid", src);
    auto written = HEARTH_TRY(store.write_derivation(drv));
    if (written != drv_path)
        return fail(ErrorKind::bad_derivation,
                    "derivation '" + store.print(drv_path) +
                        "' is stored under the wrong name (its "
                        "contents make it '" +
                        store.print(written) + "')",
                    store.print(drv_path));
    return {};
}

} // namespace hearth::store
