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

# lupdate files a tr() call under the class or namespace it is written in. A file-local helper
# `QString tr(const char*)` that translates in another context at run time made lupdate file
# its strings where the program never looks for them (they stayed English in every language).
# Such files declare their context with Q_DECLARE_TR_FUNCTIONS and call Text::tr() instead.
file(READ ${TS_FILE} catalogue)
file(STRINGS ${SOURCES_LIST} sources)
foreach(source IN LISTS sources)
    if(NOT EXISTS ${source})
        continue()
    endif()
    file(STRINGS ${source} helpers REGEX "^[ \t]*(static[ \t]+)?QString[ \t]+tr\\(const char")
    if(helpers)
        message(FATAL_ERROR "${source} defines its own tr() helper, whose strings lupdate files in the wrong "
            "context; declare a struct with Q_DECLARE_TR_FUNCTIONS(<context>) and call its tr() instead.")
    endif()
    file(STRINGS ${source} calls REGEX "(translate\\(|Q_DECLARE_TR_FUNCTIONS\\()\"?[A-Za-z_:]+")
    foreach(call IN LISTS calls)
        string(REGEX MATCHALL "(translate\\(\"|Q_DECLARE_TR_FUNCTIONS\\()[A-Za-z_:]+" found "${call}")
        foreach(item IN LISTS found)
            string(REGEX REPLACE "^(translate\\(\"|Q_DECLARE_TR_FUNCTIONS\\()" "" context "${item}")
            string(FIND "${catalogue}" "<name>${context}</name>" at)
            if(at EQUAL -1)
                message(FATAL_ERROR "${source} translates in the context ${context}, which ${name} does not have: "
                    "its strings are filed elsewhere or not extracted.")
            endif()
        endforeach()
    endforeach()
endforeach()

file(REMOVE_RECURSE ${WORK_DIR})
message(STATUS "${name} is current")
