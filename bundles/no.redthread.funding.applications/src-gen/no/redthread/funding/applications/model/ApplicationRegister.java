/**
 * Redthread: generated from model/applications.ecore by regenerate.sh. Do not edit.
 */
package no.redthread.funding.applications.model;

import no.redthread.model.plan.Identified;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Application Register</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The root of a workspace's funding-application resource: every application of the workspace, for measures of any of its plan systems.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link no.redthread.funding.applications.model.ApplicationRegister#getName <em>Name</em>}</li>
 *   <li>{@link no.redthread.funding.applications.model.ApplicationRegister#getApplications <em>Applications</em>}</li>
 * </ul>
 *
 * @see no.redthread.funding.applications.model.ApplicationsPackage#getApplicationRegister()
 * @model
 * @generated
 */
public interface ApplicationRegister extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see no.redthread.funding.applications.model.ApplicationsPackage#getApplicationRegister_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link no.redthread.funding.applications.model.ApplicationRegister#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Applications</b></em>' containment reference list.
	 * The list contents are of type {@link no.redthread.funding.applications.model.FundingApplication}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Applications</em>' containment reference list.
	 * @see no.redthread.funding.applications.model.ApplicationsPackage#getApplicationRegister_Applications()
	 * @model containment="true"
	 * @generated
	 */
	EList<FundingApplication> getApplications();

} // ApplicationRegister
