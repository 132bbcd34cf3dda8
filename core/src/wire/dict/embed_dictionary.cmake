# cmake -DIN=file.zdict -DOUT=file.cpp -P embed_dictionary.cmake — the dictionary as a C array
# (gridwork::wire::kShippedDictionary); a missing or empty IN gives an empty dictionary.
set(bytes "")
set(size 0)
if(EXISTS "${IN}")
  file(READ "${IN}" hex HEX)
  string(LENGTH "${hex}" len)
  math(EXPR size "${len} / 2")
  string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
endif()
file(WRITE "${OUT}" "// Generated from ${IN}; do not edit.\n#include <cstddef>\nnamespace gridwork::wire {\n"
  "extern const unsigned char kShippedDictionary[];\nextern const std::size_t kShippedDictionarySize;\n"
  "const unsigned char kShippedDictionary[] = {${bytes} 0};\nconst std::size_t kShippedDictionarySize = ${size};\n}\n")
