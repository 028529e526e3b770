# SPDX-License-Identifier: GPL-3.0-or-later
# Runs lupdate on a copy of the catalogue (the same options as the update_translations target)
# and fails when the sources have strings it lacks or it has strings the sources no longer use.
# Fix: cmake --build <build dir> --target update_translations, then translate the new strings.
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
get_filename_component(name ${TS_FILE} NAME)
file(COPY ${TS_FILE} DESTINATION ${WORK_DIR})
execute_process(COMMAND ${LUPDATE} -no-obsolete -locations none @${SOURCES_LIST} -ts ${WORK_DIR}/${name}
    RESULT_VARIABLE rc OUTPUT_VARIABLE log ERROR_VARIABLE log)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed (exit ${rc}):\n${log}")
endif()
if(NOT log MATCHES "Found [0-9]+ source text\\(s\\) \\(0 new and")
    message(FATAL_ERROR "${name} lacks strings of the sources; run the update_translations target:\n${log}")
endif()
if(log MATCHES "Removed [1-9][0-9]* obsolete")
    message(FATAL_ERROR "${name} has strings the sources no longer use; run the update_translations target:\n${log}")
endif()
file(REMOVE_RECURSE ${WORK_DIR})
message(STATUS "${name} is current")
