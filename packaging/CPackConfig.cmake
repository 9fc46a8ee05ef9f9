# Packaging settings (Debian package via CPack). Build with: cpack --config build/release/CPackConfig.cmake
set(CPACK_PACKAGE_NAME "ccacademy")
set(CPACK_PACKAGE_VENDOR "Crypto Crime Academy")
set(CPACK_PACKAGE_CONTACT "Crypto Crime Academy team")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_GENERATOR "DEB;TGZ")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SECTION "education")
install(FILES ${CMAKE_CURRENT_LIST_DIR}/${CCA_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/${CCA_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${PROJECT_SOURCE_DIR}/resources/app-icon.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
        RENAME ${CCA_APP_ID}.svg)
include(CPack)
