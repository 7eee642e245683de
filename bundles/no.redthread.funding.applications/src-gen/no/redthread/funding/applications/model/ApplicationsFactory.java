/**
 * Redthread: generated from model/applications.ecore by regenerate.sh. Do not edit.
 */
package no.redthread.funding.applications.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see no.redthread.funding.applications.model.ApplicationsPackage
 * @generated
 */
public interface ApplicationsFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ApplicationsFactory eINSTANCE = no.redthread.funding.applications.model.impl.ApplicationsFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Application Register</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Application Register</em>'.
	 * @generated
	 */
	ApplicationRegister createApplicationRegister();

	/**
	 * Returns a new object of class '<em>Funding Application</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Funding Application</em>'.
	 * @generated
	 */
	FundingApplication createFundingApplication();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	ApplicationsPackage getApplicationsPackage();

} //ApplicationsFactory
